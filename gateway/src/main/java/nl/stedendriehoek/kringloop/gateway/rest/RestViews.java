package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.IncidentView;
import nl.stedendriehoek.kringloop.engine.api.JobView;
import nl.stedendriehoek.kringloop.engine.api.ProcessDefinitionView;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.api.VariableView;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** The engine's views in the client's generated REST result shapes (keys as strings, ISO dates). */
final class RestViews {

  private RestViews() {}

  static ProcessInstanceResult processInstance(ProcessInstanceView p) {
    return new ProcessInstanceResult()
        .processInstanceKey(Keys.format(p.processInstanceKey()))
        .processDefinitionKey(Keys.format(p.processDefinitionKey()))
        .processDefinitionId(p.bpmnProcessId())
        .processDefinitionName(p.bpmnProcessId())
        .processDefinitionVersion(p.processDefinitionVersion())
        .state(processInstanceState(p.state()))
        .startDate(date(p.startDate()))
        .endDate(date(p.endDate()))
        .hasIncident(p.hasIncident())
        .parentProcessInstanceKey(Keys.format(p.parentProcessInstanceKey()))
        .parentElementInstanceKey(Keys.format(p.parentElementInstanceKey()))
        .tenantId(Tenants.DEFAULT);
  }

  static ProcessInstanceStateEnum processInstanceState(String state) {
    return switch (state) {
      case "ACTIVE" -> ProcessInstanceStateEnum.ACTIVE;
      case "COMPLETED" -> ProcessInstanceStateEnum.COMPLETED;
      default -> ProcessInstanceStateEnum.TERMINATED;
    };
  }

  static ElementInstanceResult elementInstance(ElementInstanceView e, Long incidentKey) {
    return new ElementInstanceResult()
        .elementInstanceKey(Keys.format(e.elementInstanceKey()))
        .processInstanceKey(Keys.format(e.processInstanceKey()))
        .processDefinitionKey(Keys.format(e.processDefinitionKey()))
        .processDefinitionId(e.bpmnProcessId())
        .elementId(e.elementId())
        .elementName(e.elementId())
        .type(enumOr(ElementInstanceResult.TypeEnum::fromValue, e.type(), ElementInstanceResult.TypeEnum.UNKNOWN))
        .state(elementState(e.state()))
        .startDate(date(e.startDate()))
        .endDate(date(e.endDate()))
        .hasIncident(e.hasIncident())
        .incidentKey(Keys.format(incidentKey))
        .tenantId(Tenants.DEFAULT);
  }

  static ElementInstanceStateEnum elementState(String state) {
    return switch (state) {
      case "COMPLETED" -> ElementInstanceStateEnum.COMPLETED;
      case "TERMINATED" -> ElementInstanceStateEnum.TERMINATED;
      default -> ElementInstanceStateEnum.ACTIVE;
    };
  }

  static UserTaskResult userTask(UserTaskView t) {
    return new UserTaskResult()
        .userTaskKey(Keys.format(t.userTaskKey()))
        .name(t.elementId())
        .state(enumOr(UserTaskStateEnum::fromValue, t.state(), UserTaskStateEnum.CREATED))
        .assignee(t.assignee())
        .elementId(t.elementId())
        .elementInstanceKey(Keys.format(t.elementInstanceKey()))
        .candidateGroups(t.candidateGroups())
        .candidateUsers(t.candidateUsers())
        .processDefinitionId(t.bpmnProcessId())
        .processDefinitionKey(Keys.format(t.processDefinitionKey()))
        .processDefinitionVersion(t.processDefinitionVersion())
        .processInstanceKey(Keys.format(t.processInstanceKey()))
        .processName(t.bpmnProcessId())
        .creationDate(date(t.creationDate()))
        .completionDate(date(t.completionDate()))
        .dueDate(date(t.dueDate()))
        .followUpDate(date(t.followUpDate()))
        .formKey(Keys.format(t.formKey()))
        .externalFormReference(t.externalFormReference())
        .customHeaders(t.customHeaders())
        .priority(t.priority())
        .tenantId(Tenants.DEFAULT);
  }

  static IncidentResult incident(IncidentView i) {
    return new IncidentResult()
        .incidentKey(Keys.format(i.incidentKey()))
        .processDefinitionKey(Keys.format(i.processDefinitionKey()))
        .processDefinitionId(i.bpmnProcessId())
        .processInstanceKey(Keys.format(i.processInstanceKey()))
        .errorType(enumOr(IncidentResult.ErrorTypeEnum::fromValue, i.errorType(), IncidentResult.ErrorTypeEnum.UNKNOWN))
        .errorMessage(i.errorMessage())
        .elementId(i.elementId())
        .elementInstanceKey(Keys.format(i.elementInstanceKey()))
        .jobKey(Keys.format(i.jobKey()))
        .creationTime(date(i.creationTime()))
        .state(enumOr(IncidentResult.StateEnum::fromValue, i.state(), IncidentResult.StateEnum.ACTIVE))
        .tenantId(Tenants.DEFAULT);
  }

  static VariableSearchResult variable(VariableView v) {
    return new VariableSearchResult()
        .variableKey(Keys.format(v.variableKey()))
        .name(v.name())
        .value(v.value())
        .isTruncated(false)
        .scopeKey(Keys.format(v.scopeKey()))
        .processInstanceKey(Keys.format(v.processInstanceKey()))
        .tenantId(Tenants.DEFAULT);
  }

  static ProcessDefinitionResult processDefinition(ProcessDefinitionView d) {
    return new ProcessDefinitionResult()
        .processDefinitionKey(Keys.format(d.processDefinitionKey()))
        .processDefinitionId(d.bpmnProcessId())
        .name(d.name())
        .version(d.version())
        .versionTag(d.versionTag())
        .resourceName(d.resourceName())
        .hasStartForm(d.hasStartForm())
        .tenantId(Tenants.DEFAULT);
  }

  static JobSearchResult job(JobView j) {
    return new JobSearchResult()
        .jobKey(Keys.format(j.jobKey()))
        .type(j.type())
        .state(jobState(j.state()))
        .retries(j.retries())
        .worker(j.worker())
        .deadline(date(j.deadline()))
        .errorMessage(j.errorMessage())
        .errorCode(j.errorCode())
        .processInstanceKey(Keys.format(j.processInstanceKey()))
        .elementInstanceKey(Keys.format(j.elementInstanceKey()))
        .elementId(j.elementId())
        .customHeaders(j.customHeaders())
        .kind(JobKindEnum.BPMN_ELEMENT)
        .listenerEventType(JobListenerEventTypeEnum.UNSPECIFIED)
        .tenantId(Tenants.DEFAULT);
  }

  private static JobStateEnum jobState(String state) {
    return switch (state) {
      case "ACTIVATABLE", "ACTIVATED" -> JobStateEnum.CREATED;
      default -> enumOr(JobStateEnum::fromValue, state, JobStateEnum.CREATED);
    };
  }

  static ActivatedJobResult activatedJob(ActivatedJob j) {
    return new ActivatedJobResult()
        .jobKey(Keys.format(j.jobKey()))
        .type(j.type())
        .processInstanceKey(Keys.format(j.processInstanceKey()))
        .processDefinitionId(j.bpmnProcessId())
        .processDefinitionVersion(j.processDefinitionVersion())
        .processDefinitionKey(Keys.format(j.processDefinitionKey()))
        .elementId(j.elementId())
        .elementInstanceKey(Keys.format(j.elementInstanceKey()))
        .customHeaders(new LinkedHashMap<String, Object>(j.customHeaders()))
        .worker(j.worker())
        .retries(j.retries())
        .deadline(j.deadline().toEpochMilli())
        .variables(j.variables() == null ? Map.of() : j.variables())
        .tenantId(Tenants.DEFAULT)
        .kind(JobKindEnum.BPMN_ELEMENT)
        .listenerEventType(JobListenerEventTypeEnum.UNSPECIFIED)
        .tags(java.util.Set.of());
  }

  static String date(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static <E extends Enum<E>> E enumOr(Function<String, E> fromValue, String value, E fallback) {
    if (value == null) {
      return fallback;
    }
    E result = fromValue.apply(value);
    return result == null || result.name().equals("UNKNOWN_DEFAULT_OPEN_API") ? fallback : result;
  }
}
