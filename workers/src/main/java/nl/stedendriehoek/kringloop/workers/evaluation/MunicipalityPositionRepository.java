package nl.stedendriehoek.kringloop.workers.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityPositionRepository
    extends JpaRepository<MunicipalityPosition, MunicipalityPosition.Key> {

  List<MunicipalityPosition> findByYearCodeOrderByMunicipalityCode(String yearCode);
}
