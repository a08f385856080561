package nl.stedendriehoek.kringloop.workers.scan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One municipality's theme scan in one year: an answer for each of the six themes. */
@Entity
@Table(schema = "domain", name = "theme_scan")
public class ThemeScan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "theme_scan_answer",
      joinColumns = @JoinColumn(name = "scan_id"))
  private List<ScanAnswer> answers = new ArrayList<>();

  protected ThemeScan() {}

  ThemeScan(String yearCode, String municipalityCode) {
    this.yearCode = yearCode;
    this.municipalityCode = municipalityCode;
  }

  /** The municipality (re)submits: its latest answers replace the earlier ones. */
  void submit(List<ScanAnswer> newAnswers, Instant at) {
    answers.clear();
    answers.addAll(newAnswers);
    submittedAt = at;
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public List<ScanAnswer> answers() {
    return List.copyOf(answers);
  }
}
