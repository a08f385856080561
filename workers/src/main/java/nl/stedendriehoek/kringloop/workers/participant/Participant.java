package nl.stedendriehoek.kringloop.workers.participant;

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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person who takes part in the collaboration and logs in: a municipality's civil servant, an
 * alderman, an AB member, a stakeholder, the kwartiermaker or a process owner. Their groups are
 * the candidate groups of the user tasks they may see and complete.
 */
@Entity
@Table(schema = "domain", name = "participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String email;

  @Column(name = "municipality_code")
  private String municipalityCode;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "participant_group",
      joinColumns = @JoinColumn(name = "participant_id"))
  @Column(name = "group_id")
  private Set<String> groups = new LinkedHashSet<>();

  protected Participant() {}

  public Participant(
      String username,
      String displayName,
      String email,
      String municipalityCode,
      String passwordHash,
      Set<String> groups) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.municipalityCode = municipalityCode;
    this.passwordHash = passwordHash;
    this.groups.addAll(groups);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public Set<String> groups() {
    return Collections.unmodifiableSet(groups);
  }

  /** Blocks the login; tasks assigned to the participant stay where they are. */
  public void deactivate() {
    this.active = false;
  }
}
