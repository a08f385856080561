package nl.stedendriehoek.kringloop.workers.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A generated file (PDF), kept as it was generated: a new version is a new document. */
@Entity
@Immutable
@Table(schema = "domain", name = "document")
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_key", nullable = false)
  private long jobKey;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private String title;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Document() {}

  Document(
      long jobKey,
      String yearCode,
      DocumentKind kind,
      String title,
      String fileName,
      byte[] pdf,
      Instant createdAt) {
    this.jobKey = jobKey;
    this.yearCode = yearCode;
    this.kind = kind;
    this.title = title;
    this.fileName = fileName;
    this.contentType = "application/pdf";
    this.content = pdf.clone();
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }
}
