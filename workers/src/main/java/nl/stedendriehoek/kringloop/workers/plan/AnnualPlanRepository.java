package nl.stedendriehoek.kringloop.workers.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long> {

  Optional<AnnualPlan> findFirstByYearCodeOrderByRoundDesc(String yearCode);
}
