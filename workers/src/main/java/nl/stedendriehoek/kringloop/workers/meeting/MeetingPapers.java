package nl.stedendriehoek.kringloop.workers.meeting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.document.DocumentKind;
import nl.stedendriehoek.kringloop.workers.document.DocumentRepository;
import nl.stedendriehoek.kringloop.workers.document.DocumentSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The papers that go with a meeting's invitation: the newest document of each kind the year has
 * so far (scan report, focus proposal, annual plan, progress reports, evaluation), as links into
 * Kringloop rather than attachments, so only logged-in participants open them and the invitation
 * stays small. A year without documents gives no section.
 */
@Component
public class MeetingPapers {

  private final DocumentRepository documents;
  private final String baseUrl;

  public MeetingPapers(DocumentRepository documents,
      @Value("${kringloop.links.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
    this.documents = documents;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The "Stukken" section for an invitation of {@code yearCode}, or an empty string. */
  public String section(String yearCode) {
    Map<DocumentKind, DocumentSummary> newest = new LinkedHashMap<>();
    documents.summariesOf(yearCode).forEach(document -> newest.put(document.kind(), document));
    if (newest.isEmpty()) {
      return "";
    }
    StringBuilder section = new StringBuilder("Stukken (na inloggen in Kringloop):");
    newest.values().stream()
        .sorted(Comparator.comparing(DocumentSummary::createdAt).reversed())
        .forEach(document -> section.append("\n- ").append(document.title()).append(": ").append(baseUrl)
            .append("/documenten/").append(document.id()));
    return section.toString();
  }
}
