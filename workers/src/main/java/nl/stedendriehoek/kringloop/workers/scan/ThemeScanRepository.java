package nl.stedendriehoek.kringloop.workers.scan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface ThemeScanRepository extends Repository<ThemeScan, Long> {

  ThemeScan save(ThemeScan scan);

  Optional<ThemeScan> findByYearCodeAndMunicipalityCode(String yearCode, String municipalityCode);

  List<ThemeScan> findByYearCodeOrderByMunicipalityCode(String yearCode);
}
