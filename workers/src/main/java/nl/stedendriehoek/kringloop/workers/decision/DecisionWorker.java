package nl.stedendriehoek.kringloop.workers.decision;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import org.springframework.stereotype.Component;

/**
 * "Besluit registreren": puts the AB's decision in the register. A refused decision (not from an AB
 * member, missing feedback …) returns {@code besluitGeregistreerd=false} with the reasons, and the
 * process sends the task back to the AB. Who decided is {@code voltooidDoor}: the Tasklist sets it
 * to the logged-in user who completed the decision task, so it is never typed in a form.
 */
@Component
public class DecisionWorker {

  private final DecisionService service;

  public DecisionWorker(DecisionService service) {
    this.service = service;
  }

  @JobWorker(type = JobTypes.DECISION_REGISTER)
  public Map<String, Object> register(
      @Variable String jaar,
      @Variable String besluitPoort,
      @Variable Integer voorstelRonde,
      @Variable String besluitUitkomst,
      @Variable String besluitMotivering,
      @Variable String besluitWijzigingen,
      @Variable String voltooidDoor) {
    DecisionGate gate =
        DecisionGate.fromProcessValue(besluitPoort)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown decision gate '" + besluitPoort + "' for year " + jaar));
    List<String> errors = new ArrayList<>();
    Optional<DecisionOutcome> outcome = DecisionOutcome.fromFormValue(besluitUitkomst);
    if (outcome.isEmpty()) {
      errors.add("Kies een besluit.");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    if (errors.isEmpty()) {
      DecisionService.Registration registration =
          service.register(
              new DecisionRequest(
                  jaar,
                  gate,
                  voorstelRonde == null ? 1 : voorstelRonde,
                  outcome.get(),
                  blankToNull(besluitMotivering),
                  blankToNull(besluitWijzigingen),
                  blankToNull(voltooidDoor)));
      errors.addAll(registration.errors());
      registration.decision().ifPresent(decision -> result.put("besluitId", decision.id()));
    }
    result.put("besluitGeregistreerd", errors.isEmpty());
    result.put("besluitFouten", errors);
    return result;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
