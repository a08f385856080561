package nl.stedendriehoek.kringloop.workers.meeting;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code overleg}: "Overleg registreren" (invalid start data goes back with
 * {@code overlegFouten}), "Uitnodiging versturen" (the .ics invitation through the outbox) and
 * "Notulen vastleggen" (the action items come back as {@code actiepuntenLijst}).
 */
@Component
public class MeetingWorker {

  private final MeetingService meetings;

  public MeetingWorker(MeetingService meetings) {
    this.meetings = meetings;
  }

  @JobWorker(type = JobTypes.MEETING_REGISTER)
  public Map<String, Object> register(ActivatedJob job, @Variable String jaar, @Variable String overlegSoort,
      @Variable String overlegOnderwerp, @Variable List<String> deelnemersGroepen, @Variable String overlegMoment,
      @Variable Object overlegDuurMinuten, @Variable String overlegLocatie) {
    MeetingService.Planned planned = meetings.plan(job.getProcessInstanceKey(), jaar, overlegSoort, overlegOnderwerp,
        ProcessVariables.texts(deelnemersGroepen), overlegMoment,
        ProcessVariables.integer(java.util.Collections.singletonMap("v", overlegDuurMinuten), "v"), overlegLocatie);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("overlegGeldig", planned.errors().isEmpty());
    result.put("overlegFouten", planned.errors());
    result.put("overlegId", planned.meeting().map(Meeting::id).orElse(null));
    return result;
  }

  @JobWorker(type = JobTypes.MEETING_INVITE)
  public Map<String, Object> invite(ActivatedJob job, @Variable Long overlegId, @Variable String agenda) {
    return Map.of("uitnodigingenAangemaakt", meetings.invite(job.getKey(), overlegId, agenda));
  }

  @JobWorker(type = JobTypes.MINUTES_RECORD)
  public Map<String, Object> recordMinutes(@Variable Long overlegId, @Variable String notulen,
      @Variable String besluiten, @Variable List<Map<String, Object>> actiepunten) {
    MeetingService.Minutes minutes = meetings.recordMinutes(overlegId, notulen, besluiten, actiepunten);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("notulenGeldig", minutes.errors().isEmpty());
    result.put("notulenFouten", minutes.errors());
    result.put("actiepuntenLijst", minutes.actionItems());
    return result;
  }
}
