package nl.stedendriehoek.kringloop.console.operate;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The Operate audit log: entries are added and read, never changed (no such methods here). */
public interface AuditLog extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  List<AuditEntry> findByProcessInstanceKeyOrderByAtDesc(long processInstanceKey);
}
