package nl.stedendriehoek.kringloop.workers.reference;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ObjectiveRepository extends Repository<Objective, Short> {

  List<Objective> findAllByOrderByNumber();
}
