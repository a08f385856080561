package nl.stedendriehoek.kringloop.workers.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A municipality's answer for one theme: how relevant, what exists, what it wants and can do. */
@Embeddable
public class ScanAnswer {

  @Column(name = "theme_number", nullable = false)
  private short themeNumber;

  @Column(nullable = false)
  private short relevance;

  @Column(name = "current_policy")
  private String currentPolicy;

  private String ambition;

  @Column(name = "capacity_hours", nullable = false)
  private int capacityHours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ScanRole role;

  protected ScanAnswer() {}

  public ScanAnswer(
      int themeNumber,
      int relevance,
      String currentPolicy,
      String ambition,
      int capacityHours,
      ScanRole role) {
    this.themeNumber = (short) themeNumber;
    this.relevance = (short) relevance;
    this.currentPolicy = currentPolicy;
    this.ambition = ambition;
    this.capacityHours = capacityHours;
    this.role = role;
  }

  public int themeNumber() {
    return themeNumber;
  }

  public int relevance() {
    return relevance;
  }

  public String currentPolicy() {
    return currentPolicy;
  }

  public String ambition() {
    return ambition;
  }

  public int capacityHours() {
    return capacityHours;
  }

  public ScanRole role() {
    return role;
  }
}
