package nl.stedendriehoek.kringloop.workers.reference;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface MunicipalityRepository extends Repository<Municipality, String> {

  List<Municipality> findAllByOrderByName();
}
