package nl.stedendriehoek.kringloop.console.tasklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Half-filled answers of one user for one task ("tussentijds opslaan"): kept until they complete
 * the task, and only ever shown to them.
 */
@Entity
@Table(schema = "domain", name = "task_draft")
public class TaskDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_task_key", nullable = false, updatable = false)
  private long userTaskKey;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false)
  private String data;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected TaskDraft() {}

  TaskDraft(long userTaskKey, String username, String data, Instant savedAt) {
    this.userTaskKey = userTaskKey;
    this.username = username;
    this.data = data;
    this.savedAt = savedAt;
  }

  void replace(String data, Instant savedAt) {
    this.data = data;
    this.savedAt = savedAt;
  }

  String data() {
    return data;
  }

  Instant savedAt() {
    return savedAt;
  }
}
