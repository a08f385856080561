package nl.stedendriehoek.kringloop.workers.document;

import java.time.Instant;

/** A document without its content: what a list of documents shows and links to. */
public record DocumentSummary(Long id, DocumentKind kind, String title, String fileName, Instant createdAt) {}
