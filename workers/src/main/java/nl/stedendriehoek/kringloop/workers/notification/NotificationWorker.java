package nl.stedendriehoek.kringloop.workers.notification;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "… versturen" service tasks: new task for a group, reminder, escalation, decision published. The
 * BPMN sets {@code soort}, {@code ontvangers} (candidate groups), {@code onderwerp} and optionally
 * {@code toelichting} as input mappings. The job key makes redelivery harmless.
 */
@Component
public class NotificationWorker {

  private final NotificationService service;

  public NotificationWorker(NotificationService service) {
    this.service = service;
  }

  @JobWorker(type = JobTypes.NOTIFICATION_SEND)
  public Map<String, Object> send(
      @JobKey long jobKey,
      @Variable String jaar,
      @Variable String soort,
      @Variable List<String> ontvangers,
      @Variable String onderwerp,
      @Variable String toelichting) {
    NotificationKind kind =
        NotificationKind.fromProcessValue(soort)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown notification kind '" + soort + "' in job " + jobKey));
    if (onderwerp == null || onderwerp.isBlank()) {
      throw new IllegalArgumentException("Notification job " + jobKey + " has no 'onderwerp'");
    }
    int added =
        service.enqueue(
            new NotificationService.Message(
                jobKey,
                kind,
                jaar,
                ProcessVariables.texts(ontvangers),
                onderwerp.strip(),
                toelichting));
    return Map.of("notificatiesAangemaakt", added);
  }
}
