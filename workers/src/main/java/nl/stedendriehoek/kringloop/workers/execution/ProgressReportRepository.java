package nl.stedendriehoek.kringloop.workers.execution;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  Optional<ProgressReport> findByJobKey(long jobKey);

  List<ProgressReport> findByProjectIdOrderByReportedAt(long projectId);
}
