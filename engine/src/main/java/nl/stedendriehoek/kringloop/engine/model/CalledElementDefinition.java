package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * A call activity's {@code zeebe:calledElement}: the process to start (id static or FEEL), which
 * version of it ({@code bindingType}: the latest, the one deployed together with the calling
 * process, or the latest with a {@code versionTag}) and which variables cross the boundary without
 * mappings (both default to all).
 */
public record CalledElementDefinition(
    Expression processId, boolean propagateAllParentVariables, boolean propagateAllChildVariables,
    Binding binding, String versionTag) {

  /** How the called process version is chosen, as {@code zeebe:calledElement bindingType}. */
  public enum Binding {
    LATEST,
    DEPLOYMENT,
    VERSION_TAG
  }

  public CalledElementDefinition(
      Expression processId, boolean propagateAllParentVariables, boolean propagateAllChildVariables) {
    this(processId, propagateAllParentVariables, propagateAllChildVariables, Binding.LATEST, null);
  }
}
