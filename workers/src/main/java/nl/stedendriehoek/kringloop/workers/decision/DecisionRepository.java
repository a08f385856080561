package nl.stedendriehoek.kringloop.workers.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The register: entries are added and read, never changed or removed (no such methods here). */
public interface DecisionRepository extends Repository<Decision, Long> {

  Decision save(Decision decision);

  Optional<Decision> findByYearCodeAndGateAndRound(String yearCode, DecisionGate gate, int round);

  List<Decision> findByYearCodeOrderByDecidedAt(String yearCode);
}
