package nl.stedendriehoek.kringloop.workers.reference;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ThemeRepository extends Repository<Theme, Short> {

  List<Theme> findAllByOrderByNumber();
}
