package nl.stedendriehoek.kringloop.console.dashboard;

import java.util.List;
import nl.stedendriehoek.kringloop.workers.year.Year;
import org.springframework.data.repository.Repository;

/** The years the dashboard can show, newest first (read only). */
interface Years extends Repository<Year, String> {

  List<Year> findAllByOrderByCodeDesc();
}
