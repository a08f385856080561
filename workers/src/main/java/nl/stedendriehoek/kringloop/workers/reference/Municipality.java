package nl.stedendriehoek.kringloop.workers.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the eight municipalities of the region; reference data, seeded by migration. */
@Entity
@Immutable
@Table(schema = "domain", name = "municipality")
public class Municipality {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "candidate_group", nullable = false)
  private String candidateGroup;

  protected Municipality() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The candidate group of this municipality's civil servants, e.g. {@code gemeente-epe}. */
  public String candidateGroup() {
    return candidateGroup;
  }
}
