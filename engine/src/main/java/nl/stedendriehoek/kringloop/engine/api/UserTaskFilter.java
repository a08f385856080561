package nl.stedendriehoek.kringloop.engine.api;

/** Search filter for user tasks; null fields do not filter. */
public record UserTaskFilter(
    String state, String assignee, String candidateGroup, Long processInstanceKey, String elementId) {

  public static UserTaskFilter all() {
    return new UserTaskFilter(null, null, null, null, null);
  }

  public static UserTaskFilter ofProcessInstance(long processInstanceKey) {
    return new UserTaskFilter(null, null, null, processInstanceKey, null);
  }
}
