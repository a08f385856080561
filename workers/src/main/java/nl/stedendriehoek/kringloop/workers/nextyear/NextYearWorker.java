package nl.stedendriehoek.kringloop.workers.nextyear;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Volgend jaar starten": the AB did not stop, so the next year starts with what it carried over. */
@Component
public class NextYearWorker {

  private final NextYearService nextYears;

  public NextYearWorker(NextYearService nextYears) {
    this.nextYears = nextYears;
  }

  @JobWorker(type = JobTypes.NEXT_YEAR_START)
  public Map<String, Object> start(@Variable String jaar, @Variable List<String> volgendJaarGemeenten,
      @Variable List<Object> volgendJaarFocuspunten) {
    YearSuccession next = nextYears.start(jaar, ProcessVariables.texts(volgendJaarGemeenten),
        ProcessVariables.integers(volgendJaarFocuspunten));
    return Map.of("volgendJaar", next.toYearCode(), "volgendJaarInstantie", next.processInstanceKey());
  }
}
