package nl.stedendriehoek.kringloop.engine.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parent and the children of one execution that the current command has loaded. An error or
 * escalation crossing a call activity, or a child completing its call activity, works on the
 * parent's execution; terminating a call activity then terminates the child through the execution
 * already in memory, never through a second (stale) copy loaded from the database.
 */
public final class CallRelations {

  private final Supplier<Execution> parentLoader;
  private final Map<Long, Execution> childrenByCallActivity = new HashMap<>();
  private Execution parent;
  private boolean parentLoaded;

  CallRelations(Supplier<Execution> parentLoader) {
    this.parentLoader = parentLoader;
  }

  /** For an instance without a parent. */
  static CallRelations root() {
    return new CallRelations(() -> null);
  }

  /** The parent's execution, loaded (and locked) on first use; null for a root or ended parent. */
  public Execution parent() {
    if (!parentLoaded) {
      parent = parentLoader.get();
      parentLoaded = true;
    }
    return parent;
  }

  /** The parent's execution if this command has loaded it already; null otherwise. */
  Execution loadedParent() {
    return parentLoaded ? parent : null;
  }

  void parentIs(Execution running) {
    this.parent = running;
    this.parentLoaded = true;
  }

  void childLoaded(long callActivityKey, Execution child) {
    childrenByCallActivity.put(callActivityKey, child);
  }

  /** The child of a call activity if this command has loaded it. */
  Execution loadedChild(long callActivityKey) {
    return childrenByCallActivity.get(callActivityKey);
  }
}
