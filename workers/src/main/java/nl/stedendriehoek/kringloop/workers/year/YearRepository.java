package nl.stedendriehoek.kringloop.workers.year;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface YearRepository extends Repository<Year, String> {

  Year save(Year year);

  Optional<Year> findByCode(String code);

  /** The year or a clear failure: a job for an unknown year is a modelling or data error. */
  default Year require(String code) {
    return findByCode(code).orElseThrow(() -> new UnknownYearException(code));
  }
}
