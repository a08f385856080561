package nl.stedendriehoek.kringloop.workers.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the six themes the kwartiermaker starts from; reference data, seeded by migration. */
@Entity
@Immutable
@Table(schema = "domain", name = "theme")
public class Theme {

  @Id private short number;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  protected Theme() {}

  public int number() {
    return number;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }
}
