package nl.stedendriehoek.kringloop.workers.focus;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import org.springframework.stereotype.Component;

/**
 * "Focusvoorstel valideren" (an invalid proposal goes back to the kwartiermaker with {@code
 * voorstelFouten}; the gateway reads {@code voorstelGeldig}) and "Focuspunten vaststellen".
 */
@Component
public class FocusWorker {

  private final FocusService service;

  public FocusWorker(FocusService service) {
    this.service = service;
  }

  @JobWorker(type = JobTypes.PROPOSAL_VALIDATE)
  public Map<String, Object> validate(
      @Variable String jaar, @Variable List<Map<String, Object>> focuspunten) {
    List<FocusPointDraft> drafts =
        focuspunten == null
            ? List.of()
            : focuspunten.stream().map(FocusPointDraft::fromVariables).toList();
    FocusService.Submission submission = service.submit(jaar, drafts);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("voorstelGeldig", submission.errors().isEmpty());
    result.put("voorstelFouten", submission.errors());
    submission
        .proposal()
        .ifPresent(
            proposal -> {
              result.put("voorstelId", proposal.id());
              result.put("voorstelRonde", proposal.round());
            });
    return result;
  }

  @JobWorker(type = JobTypes.FOCUS_POINTS_ADOPT)
  public Map<String, Object> adopt(@Variable String jaar) {
    FocusProposal adopted = service.adopt(jaar);
    List<Map<String, Object>> points = new java.util.ArrayList<>();
    for (FocusPoint point : adopted.points()) {
      Map<String, Object> adoptedPoint = new LinkedHashMap<>();
      adoptedPoint.put("positie", point.position());
      adoptedPoint.put("thema", point.themeNumber());
      adoptedPoint.put("projectidee", point.projectIdea());
      adoptedPoint.put("trekker", point.leadMunicipalityCode());
      adoptedPoint.put("deelnemers", point.participations().stream().map(Participation::municipalityCode)
          .distinct().sorted().toList());
      adoptedPoint.put("doelstellingen", point.objectives().stream().map(String::valueOf).toList());
      points.add(adoptedPoint);
    }
    return Map.of("vastgesteldVoorstelId", adopted.id(), "vastgesteldeRonde", adopted.round(),
        "vastgesteldeFocuspunten", points);
  }
}
