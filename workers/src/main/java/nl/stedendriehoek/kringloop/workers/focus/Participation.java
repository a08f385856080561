package nl.stedendriehoek.kringloop.workers.focus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A municipality that joins a focus point, fully or on parts. */
@Embeddable
public class Participation {

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipationScope scope;

  protected Participation() {}

  public Participation(String municipalityCode, ParticipationScope scope) {
    this.municipalityCode = municipalityCode;
    this.scope = scope;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public ParticipationScope scope() {
    return scope;
  }
}
