package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;
import java.util.List;

/** Changes to a user task; null fields stay as they are. */
public record UserTaskUpdate(
    List<String> candidateGroups,
    List<String> candidateUsers,
    Instant dueDate,
    Instant followUpDate,
    Integer priority) {}
