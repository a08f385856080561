package nl.stedendriehoek.kringloop.console.operate;

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

/**
 * One change a process owner made through Operate: who, when, on which instance and scope, and
 * the value before and after. Append-only (the database refuses UPDATE and DELETE by trigger).
 */
@Entity
@Immutable
@Table(schema = "domain", name = "operate_audit")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "process_instance_key", nullable = false, updatable = false)
  private long processInstanceKey;

  @Column(name = "scope_key", updatable = false)
  private Long scopeKey;

  @Column(updatable = false)
  private String subject;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected AuditEntry() {}

  AuditEntry(AuditAction action, long processInstanceKey, Long scopeKey, String subject, String oldValue,
      String newValue, String username, Instant at) {
    this.action = action;
    this.processInstanceKey = processInstanceKey;
    this.scopeKey = scopeKey;
    this.subject = subject;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.username = username;
    this.at = at;
  }

  public AuditAction action() {
    return action;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public Long scopeKey() {
    return scopeKey;
  }

  public String subject() {
    return subject;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String username() {
    return username;
  }

  public Instant at() {
    return at;
  }
}
