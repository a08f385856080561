package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.api.search.sort.ProcessInstanceSort;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/** How the instances list is sorted, by its Dutch URL parameter. */
enum InstanceSort {
  NIEUWSTE(s -> s.startDate().desc()),
  OUDSTE(s -> s.startDate().asc()),
  PROCES(s -> s.processDefinitionId().asc().startDate().desc()),
  STATUS(s -> s.state().asc().startDate().desc()),
  EINDE(s -> s.endDate().desc());

  private final Consumer<ProcessInstanceSort> order;

  InstanceSort(Consumer<ProcessInstanceSort> order) {
    this.order = order;
  }

  Consumer<ProcessInstanceSort> order() {
    return order;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InstanceSort fromParameter(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter().equals(value)).findFirst().orElse(NIEUWSTE);
  }
}
