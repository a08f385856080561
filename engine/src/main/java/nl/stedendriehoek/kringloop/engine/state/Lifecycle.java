package nl.stedendriehoek.kringloop.engine.state;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed element-instance transitions. Every state change goes through {@link
 * #check}; anything else is a bug in a behaviour and fails loudly instead of corrupting state.
 */
public final class Lifecycle {

  private static final Map<ElementState, Set<ElementState>> ALLOWED = new EnumMap<>(ElementState.class);

  static {
    ALLOWED.put(ElementState.ACTIVATING, EnumSet.of(ElementState.ACTIVATED, ElementState.TERMINATING));
    ALLOWED.put(ElementState.ACTIVATED, EnumSet.of(ElementState.COMPLETING, ElementState.TERMINATING));
    ALLOWED.put(ElementState.COMPLETING, EnumSet.of(ElementState.COMPLETED, ElementState.TERMINATING));
    ALLOWED.put(ElementState.TERMINATING, EnumSet.of(ElementState.TERMINATED));
    ALLOWED.put(ElementState.COMPLETED, EnumSet.noneOf(ElementState.class));
    ALLOWED.put(ElementState.TERMINATED, EnumSet.noneOf(ElementState.class));
  }

  private Lifecycle() {}

  public static boolean allows(ElementState from, ElementState to) {
    return ALLOWED.get(from).contains(to);
  }

  /** All allowed transitions, for tests that prove each one is exercised. */
  public static Map<ElementState, Set<ElementState>> table() {
    return Map.copyOf(ALLOWED);
  }

  static void check(ElementInstance instance, ElementState to) {
    if (!allows(instance.state(), to)) {
      throw new IllegalStateException(
          "Element instance " + instance.key() + " ('" + instance.elementId() + "') cannot go from "
              + instance.state() + " to " + to);
    }
  }
}
