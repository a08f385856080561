package nl.stedendriehoek.kringloop.year;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.process.test.api.assertions.UserTaskSelector;

/** Picks the task of one municipality (or group) among the parallel tasks of the same element. */
final class MunicipalityTasks {

  private MunicipalityTasks() {}

  static UserTaskSelector taskOf(String elementId, String group) {
    return new UserTaskSelector() {
      @Override
      public boolean test(UserTask task) {
        return elementId.equals(task.getElementId()) && task.getCandidateGroups().contains(group);
      }

      @Override
      public String describe() {
        return elementId + " of " + group;
      }

      @Override
      public void applyFilter(UserTaskFilter filter) {
        filter.elementId(elementId);
      }
    };
  }

  /** The process instance (e.g. the municipality's {@code thema-scan}) that holds the group's open task. */
  static long instanceOf(CamundaClient client, String elementId, String group) {
    return client.newUserTaskSearchRequest()
        .filter(filter -> filter.elementId(elementId).state(UserTaskState.CREATED))
        .send().join().items().stream()
        .filter(task -> task.getCandidateGroups().contains(group))
        .map(UserTask::getProcessInstanceKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No open task " + elementId + " for " + group));
  }
}
