package nl.stedendriehoek.kringloop.console.tasklist;

import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

interface TaskDraftRepository extends Repository<TaskDraft, Long> {

  Optional<TaskDraft> findByUserTaskKeyAndUsername(long userTaskKey, String username);

  TaskDraft save(TaskDraft draft);

  @Transactional
  void deleteByUserTaskKeyAndUsername(long userTaskKey, String username);
}
