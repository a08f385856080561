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
import java.util.Set;
import java.util.TreeSet;

/** What a stakeholder (Circulus, a knowledge institution, a business) adds to the theme scan. */
@Entity
@Table(schema = "domain", name = "stakeholder_input")
public class StakeholderInput {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_key", nullable = false, updatable = false)
  private long jobKey;

  @Column(name = "year_code", nullable = false, updatable = false)
  private String yearCode;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(nullable = false, updatable = false)
  private String input;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "stakeholder_input_theme",
      joinColumns = @JoinColumn(name = "stakeholder_input_id"))
  @Column(name = "theme_number")
  private Set<Short> themes = new TreeSet<>();

  protected StakeholderInput() {}

  StakeholderInput(
      long jobKey,
      String yearCode,
      String organisation,
      String input,
      Set<Integer> themes,
      Instant at) {
    this.jobKey = jobKey;
    this.yearCode = yearCode;
    this.organisation = organisation;
    this.input = input;
    themes.forEach(theme -> this.themes.add(theme.shortValue()));
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public String organisation() {
    return organisation;
  }

  public String input() {
    return input;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The themes the input is about, by number. */
  public Set<Integer> themes() {
    Set<Integer> numbers = new TreeSet<>();
    themes.forEach(theme -> numbers.add((int) theme));
    return numbers;
  }
}
