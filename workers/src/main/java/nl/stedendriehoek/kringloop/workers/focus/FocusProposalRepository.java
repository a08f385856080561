package nl.stedendriehoek.kringloop.workers.focus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface FocusProposalRepository extends Repository<FocusProposal, Long> {

  FocusProposal save(FocusProposal proposal);

  Optional<FocusProposal> findFirstByYearCodeOrderByRoundDesc(String yearCode);

  Optional<FocusProposal> findByYearCodeAndRound(String yearCode, int round);

  List<FocusProposal> findByYearCodeOrderByRound(String yearCode);
}
