package nl.stedendriehoek.kringloop.workers.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  List<Project> findByYearCodeOrderByPosition(String yearCode);

  Optional<Project> findByYearCodeAndPosition(String yearCode, short position);
}
