package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The instance states a process owner filters on, by their Dutch URL parameter. */
enum InstanceState {
  ACTIEF(ProcessInstanceState.ACTIVE),
  AFGEROND(ProcessInstanceState.COMPLETED),
  GEANNULEERD(ProcessInstanceState.TERMINATED);

  private final ProcessInstanceState api;

  InstanceState(ProcessInstanceState api) {
    this.api = api;
  }

  ProcessInstanceState api() {
    return api;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<InstanceState> fromParameter(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter().equals(value)).findFirst();
  }

  static InstanceState of(ProcessInstanceState state) {
    return Arrays.stream(values()).filter(s -> s.api == state).findFirst().orElse(ACTIEF);
  }
}
