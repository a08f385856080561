package nl.stedendriehoek.kringloop.workers.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action item from the minutes: what, who (a participant's username) and by when. */
@Entity
@Table(schema = "domain", name = "action_item")
public class ActionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  @Column(nullable = false)
  private short position;

  @Column(nullable = false)
  private String description;

  @Column(name = "owner_username", nullable = false)
  private String ownerUsername;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  protected ActionItem() {}

  ActionItem(Meeting meeting, int position, String description, String ownerUsername, LocalDate dueDate) {
    this.meeting = meeting;
    this.position = (short) position;
    this.description = description;
    this.ownerUsername = ownerUsername;
    this.dueDate = dueDate;
  }

  public Long id() {
    return id;
  }

  public String description() {
    return description;
  }

  public String ownerUsername() {
    return ownerUsername;
  }

  public LocalDate dueDate() {
    return dueDate;
  }
}
