package nl.stedendriehoek.kringloop.workers.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;

/** What a municipality wants after the year (continue, expand, scale down, stop) and why. */
@Entity
@Table(schema = "domain", name = "municipality_position")
@IdClass(MunicipalityPosition.Key.class)
public class MunicipalityPosition {

  /** The composite key: one position per municipality and year. */
  public static class Key implements Serializable {
    private String yearCode;
    private String municipalityCode;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && java.util.Objects.equals(yearCode, key.yearCode)
          && java.util.Objects.equals(municipalityCode, key.municipalityCode);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(yearCode, municipalityCode);
    }
  }

  @Id
  @Column(name = "year_code")
  private String yearCode;

  @Id
  @Column(name = "municipality_code")
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionOutcome position;

  @Column(nullable = false)
  private String reasons;

  protected MunicipalityPosition() {}

  MunicipalityPosition(String yearCode, String municipalityCode, DecisionOutcome position, String reasons) {
    this.yearCode = yearCode;
    this.municipalityCode = municipalityCode;
    this.position = position;
    this.reasons = reasons;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public DecisionOutcome position() {
    return position;
  }

  public String reasons() {
    return reasons;
  }
}
