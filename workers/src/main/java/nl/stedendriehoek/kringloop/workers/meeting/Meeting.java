package nl.stedendriehoek.kringloop.workers.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One meeting of a year: who is invited, when and where, its agenda, minutes and action items. */
@Entity
@Table(schema = "domain", name = "meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_key", nullable = false)
  private long processInstanceKey;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingKind kind;

  @Column(nullable = false)
  private String subject;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private String location;

  private String agenda;

  private String minutes;

  private String decisions;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "domain", name = "meeting_group", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "group_id")
  private Set<String> groups = new TreeSet<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<ActionItem> actionItems = new ArrayList<>();

  protected Meeting() {}

  Meeting(long processInstanceKey, String yearCode, MeetingKind kind, String subject, Instant startsAt,
      Instant endsAt, String location, Set<String> groups, Instant createdAt) {
    this.processInstanceKey = processInstanceKey;
    this.yearCode = yearCode;
    this.kind = kind;
    this.subject = subject;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.location = location;
    this.groups.addAll(groups);
    this.createdAt = createdAt;
  }

  void agenda(String agenda) {
    this.agenda = agenda;
  }

  /** Records the minutes once; later calls (a redelivered job) keep the first. */
  boolean recordMinutes(String minutes, String decisions, List<PlannedAction> actions) {
    if (this.minutes != null) {
      return false;
    }
    this.minutes = minutes;
    this.decisions = decisions;
    for (int i = 0; i < actions.size(); i++) {
      PlannedAction action = actions.get(i);
      actionItems.add(new ActionItem(this, i + 1, action.description(), action.owner(), action.dueDate()));
    }
    return true;
  }

  record PlannedAction(String description, String owner, java.time.LocalDate dueDate) {}

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public MeetingKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String location() {
    return location;
  }

  public String agenda() {
    return agenda;
  }

  public String minutes() {
    return minutes;
  }

  public Set<String> groups() {
    return Set.copyOf(groups);
  }

  public List<ActionItem> actionItems() {
    return List.copyOf(actionItems);
  }
}
