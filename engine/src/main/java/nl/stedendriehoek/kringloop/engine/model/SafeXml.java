package nl.stedendriehoek.kringloop.engine.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The first line of defence against XML external entities and entity expansion: BPMN and DMN
 * never need a document type declaration, so any resource that declares one is refused before an
 * XML parser sees it. (The model parser's own factory settings are then a second line, not the
 * only one.)
 */
public final class SafeXml {

  private SafeXml() {}

  /** Why the bytes are refused, or empty when they carry no DTD. */
  public static Optional<String> refusal(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    String utf16 = new String(content, StandardCharsets.UTF_16).toUpperCase(Locale.ROOT);
    if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")
        || utf16.contains("<!DOCTYPE") || utf16.contains("<!ENTITY")) {
      return Optional.of(
          "document type declarations (DOCTYPE/ENTITY) are not allowed: they enable XML external"
              + " entity attacks");
    }
    return Optional.empty();
  }
}
