package nl.stedendriehoek.kringloop.workers.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One of the nine objectives of the collaboration. Focus points, projects and results are tagged
 * with the objectives they serve, so the evaluation can show which ones moved.
 */
@Entity
@Immutable
@Table(schema = "domain", name = "objective")
public class Objective {

  @Id private short number;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  protected Objective() {}

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }
}
