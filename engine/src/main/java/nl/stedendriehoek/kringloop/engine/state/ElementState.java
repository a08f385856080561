package nl.stedendriehoek.kringloop.engine.state;

/** The lifecycle states of an element instance, as Camunda 8 names them. */
public enum ElementState {
  ACTIVATING,
  ACTIVATED,
  COMPLETING,
  COMPLETED,
  TERMINATING,
  TERMINATED;

  public boolean isActive() {
    return this != COMPLETED && this != TERMINATED;
  }
}
