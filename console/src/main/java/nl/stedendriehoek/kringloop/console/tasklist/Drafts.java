package nl.stedendriehoek.kringloop.console.tasklist;

import java.time.Clock;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves and finds a user's draft answers for a task; one draft per user and task. */
@Service
class Drafts {

  private final TaskDraftRepository drafts;
  private final Clock clock;

  Drafts(TaskDraftRepository drafts, ObjectProvider<Clock> clocks) {
    this.drafts = drafts;
    this.clock = DomainClock.of(clocks);
  }

  @Transactional
  void save(long userTaskKey, String username, String json) {
    drafts.findByUserTaskKeyAndUsername(userTaskKey, username)
        .ifPresentOrElse(
            draft -> draft.replace(json, clock.instant()),
            () -> drafts.save(new TaskDraft(userTaskKey, username, json, clock.instant())));
  }

  @Transactional(readOnly = true)
  Optional<TaskDraft> find(long userTaskKey, String username) {
    return drafts.findByUserTaskKeyAndUsername(userTaskKey, username);
  }

  @Transactional
  void discard(long userTaskKey, String username) {
    drafts.deleteByUserTaskKeyAndUsername(userTaskKey, username);
  }
}
