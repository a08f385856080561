package nl.stedendriehoek.kringloop.engine.model;

/** The BPMN element types the engine executes, named as Camunda 8 reports them. */
public enum ElementType {
  PROCESS,
  /** The container of the instances of a multi-instance activity (same element id as the activity). */
  MULTI_INSTANCE_BODY,
  SUB_PROCESS,
  /** A sub-process triggered by its start event (timer, error, escalation …) while its scope is active. */
  EVENT_SUB_PROCESS,
  CALL_ACTIVITY,
  START_EVENT,
  END_EVENT,
  INTERMEDIATE_THROW_EVENT,
  INTERMEDIATE_CATCH_EVENT,
  BOUNDARY_EVENT,
  SERVICE_TASK,
  SEND_TASK,
  SCRIPT_TASK,
  BUSINESS_RULE_TASK,
  USER_TASK,
  MANUAL_TASK,
  TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  INCLUSIVE_GATEWAY,
  RECEIVE_TASK,
  EVENT_BASED_GATEWAY,
  SEQUENCE_FLOW
}
