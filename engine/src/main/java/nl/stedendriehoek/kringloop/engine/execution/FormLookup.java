package nl.stedendriehoek.kringloop.engine.execution;

import java.util.Optional;

/** Finds the key of the latest deployed form with a given form id (a linked form). */
@FunctionalInterface
public interface FormLookup {
  Optional<Long> latestFormKey(String formId);
}
