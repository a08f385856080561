package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * Transforms a user task: with {@code zeebe:userTask} into a {@link UserTaskDefinition} (every
 * property parsed, static or FEEL), without it into a job of type {@value #USER_TASK_JOB_TYPE}
 * carrying the assignment and form as headers, as Camunda 8 does for job-based user tasks.
 */
final class UserTaskTransformer {

  /** The job type Camunda 8 gives job-based (non-Camunda) user tasks. */
  static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

  /** Parses one attribute, recording a problem (and returning null) when it is invalid FEEL. */
  @FunctionalInterface
  interface AttributeParser {
    Expression parse(BaseElement element, String attribute, String text, boolean alwaysFeel);
  }

  private final AttributeParser parser;
  private final Problems problems;

  UserTaskTransformer(AttributeParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  void transform(UserTask node, ExecutableElement element) {
    ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
    ZeebePriorityDefinition priority = node.getSingleExtensionElement(ZeebePriorityDefinition.class);
    ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null && form.getBindingType() != null && form.getBindingType() != ZeebeBindingType.latest) {
      problems.add(node.getId(), "zeebe:formDefinition bindingType '" + form.getBindingType()
          + "' is not supported by the Kringloop engine yet; forms bind to the latest version"
          + " (see docs/bpmn-coverage.md)");
    }
    if (node.getSingleExtensionElement(ZeebeUserTask.class) == null) {
      element.setJob(jobBased(node, assignment, form));
      return;
    }
    String formReference = form == null ? null
        : form.getExternalReference() != null ? form.getExternalReference() : form.getFormKey();
    element.setUserTask(new UserTaskDefinition(
        assignment == null ? null : parse(node, "assignee", assignment.getAssignee()),
        assignment == null ? null : parse(node, "candidateGroups", assignment.getCandidateGroups()),
        assignment == null ? null : parse(node, "candidateUsers", assignment.getCandidateUsers()),
        schedule == null ? null : parse(node, "dueDate", schedule.getDueDate()),
        schedule == null ? null : parse(node, "followUpDate", schedule.getFollowUpDate()),
        priority == null ? null : parse(node, "priority", priority.getPriority()),
        form == null ? null : form.getFormId(),
        formReference == null ? null : parse(node, "formKey", formReference),
        TaskHeaders.of(node)));
  }

  private Expression parse(UserTask node, String attribute, String text) {
    return parser.parse(node, attribute, text, false);
  }

  private static JobDefinition jobBased(
      UserTask node, ZeebeAssignmentDefinition assignment, ZeebeFormDefinition form) {
    Map<String, String> headers = new LinkedHashMap<>(TaskHeaders.of(node));
    if (assignment != null && assignment.getAssignee() != null) {
      headers.put("io.camunda.zeebe:assignee", assignment.getAssignee());
    }
    if (assignment != null && assignment.getCandidateGroups() != null) {
      headers.put("io.camunda.zeebe:candidateGroups", assignment.getCandidateGroups());
    }
    if (form != null && form.getFormKey() != null) {
      headers.put("io.camunda.zeebe:formKey", form.getFormKey());
    }
    return new JobDefinition(
        Expression.staticValue(USER_TASK_JOB_TYPE), Expression.staticValue("1"), headers);
  }
}
