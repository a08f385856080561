package nl.stedendriehoek.kringloop.bench;

/** The benchmark process, start → task1 … taskN → end, as BPMN for either engine. */
final class ChainModel {

  static final String JOB_TYPE = "bench";

  private ChainModel() {}

  static String lastTaskId(int tasks) {
    return "task" + tasks;
  }

  /** Camunda 8 flavour: service tasks with {@code zeebe:taskDefinition}. */
  static String zeebe(String id, int tasks) {
    return xml(id, tasks, "<bpmn:extensionElements><zeebe:taskDefinition type=\"" + JOB_TYPE + "\"/></bpmn:extensionElements>", "");
  }

  /** Camunda 7 flavour: external tasks on topic {@code bench}, the C7 equivalent of job workers. */
  static String camunda7(String id, int tasks) {
    return xml(id, tasks, "", " camunda:type=\"external\" camunda:topic=\"" + JOB_TYPE + "\"");
  }

  private static String xml(String id, int tasks, String taskBody, String taskAttributes) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"")
        .append(" xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\"")
        .append(" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"")
        .append(" id=\"defs-").append(id).append("\" targetNamespace=\"http://kringloop/bench\">\n")
        .append("<bpmn:process id=\"").append(id).append("\" isExecutable=\"true\"")
        .append(taskAttributes.isEmpty() ? "" : " camunda:historyTimeToLive=\"P1D\"")
        .append(">\n<bpmn:startEvent id=\"start\"/>\n");
    String previous = "start";
    for (int i = 1; i <= tasks; i++) {
      String task = "task" + i;
      xml.append("<bpmn:sequenceFlow id=\"f").append(i).append("\" sourceRef=\"").append(previous)
          .append("\" targetRef=\"").append(task).append("\"/>\n")
          .append("<bpmn:serviceTask id=\"").append(task).append("\"").append(taskAttributes).append(">")
          .append(taskBody).append("</bpmn:serviceTask>\n");
      previous = task;
    }
    xml.append("<bpmn:sequenceFlow id=\"fEnd\" sourceRef=\"").append(previous).append("\" targetRef=\"end\"/>\n")
        .append("<bpmn:endEvent id=\"end\"/>\n</bpmn:process>\n</bpmn:definitions>\n");
    return xml.toString();
  }
}
