package nl.stedendriehoek.kringloop.workers.scan;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Stakeholderinput vastleggen": stores the stakeholders' input to the theme scan (once per job).
 * Input without an organisation or text is refused ({@code stakeholderInputFouten}), nothing
 * stored.
 */
@Component
public class StakeholderInputWorker {

  private final StakeholderInputRepository inputs;
  private final YearRepository years;
  private final Clock clock;

  public StakeholderInputWorker(
      StakeholderInputRepository inputs, YearRepository years, ObjectProvider<Clock> clocks) {
    this.inputs = inputs;
    this.years = years;
    this.clock = DomainClock.of(clocks);
  }

  @JobWorker(type = JobTypes.STAKEHOLDER_INPUT_RECORD)
  @Transactional
  public Map<String, Object> record(
      @JobKey long jobKey,
      @Variable String jaar,
      @Variable String stakeholderOrganisatie,
      @Variable List<String> stakeholderThemas,
      @Variable String stakeholderInput) {
    years.require(jaar);
    Map<String, Object> result = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    String organisation = ProcessVariables.text(stakeholderOrganisatie);
    String input = ProcessVariables.text(stakeholderInput);
    Set<Integer> themes = new TreeSet<>(ProcessVariables.integers(stakeholderThemas));
    if (organisation == null) {
      errors.add("Vul de naam van uw organisatie in.");
    }
    if (input == null) {
      errors.add("Beschrijf uw input voor de themascan.");
    }
    if (themes.stream().anyMatch(theme -> theme < 1 || theme > 6)) {
      errors.add("Kies alleen uit de zes thema's.");
    }
    if (errors.isEmpty()) {
      StakeholderInput stored =
          inputs
              .findByJobKey(jobKey)
              .orElseGet(
                  () ->
                      inputs.save(
                          new StakeholderInput(
                              jobKey, jaar, organisation, input, themes, clock.instant())));
      result.put("stakeholderInputId", stored.id());
    }
    result.put("stakeholderInputGeldig", errors.isEmpty());
    result.put("stakeholderInputFouten", errors);
    return result;
  }
}
