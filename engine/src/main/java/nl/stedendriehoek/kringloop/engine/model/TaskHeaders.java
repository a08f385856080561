package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code zeebe:taskHeaders} of an element, in model order (static text, never FEEL). */
final class TaskHeaders {

  private TaskHeaders() {}

  static Map<String, String> of(BaseElement node) {
    ZeebeTaskHeaders taskHeaders = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    Map<String, String> headers = new LinkedHashMap<>();
    if (taskHeaders != null) {
      for (ZeebeHeader header : taskHeaders.getHeaders()) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    return headers;
  }
}
