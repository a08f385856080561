package nl.stedendriehoek.kringloop.console.documents;

import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.DocumentRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The generated documents of a year (scan report, focus proposal), as they were generated. They
 * are shared papers of the collaboration: every logged-in participant may read them, as they are
 * also sent with the meeting invitations.
 */
@Controller
class DocumentController {

  private final DocumentRepository documents;

  DocumentController(DocumentRepository documents) {
    this.documents = documents;
  }

  @GetMapping("/documenten/{id}")
  ResponseEntity<byte[]> download(@PathVariable String id) {
    Document document = parse(id).flatMap(documents::findById)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Document not found"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName()).build().toString())
        .body(document.content());
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
