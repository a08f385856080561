package nl.stedendriehoek.kringloop.engine.model;

import java.util.ArrayList;
import java.util.List;

/** Collects deployment problems of one resource, each naming resource, element and rule. */
final class Problems {

  private final String resourceName;
  private final List<String> messages = new ArrayList<>();

  Problems(String resourceName) {
    this.resourceName = resourceName;
  }

  void add(String elementId, String rule) {
    messages.add(
        "'" + resourceName + "'" + (elementId == null ? "" : ", element '" + elementId + "'") + ": " + rule);
  }

  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new DeploymentRejectedException(messages);
    }
  }
}
