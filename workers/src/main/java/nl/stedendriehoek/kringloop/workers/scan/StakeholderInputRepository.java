package nl.stedendriehoek.kringloop.workers.scan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface StakeholderInputRepository extends Repository<StakeholderInput, Long> {

  StakeholderInput save(StakeholderInput input);

  Optional<StakeholderInput> findByJobKey(long jobKey);

  List<StakeholderInput> findByYearCodeOrderByCreatedAt(String yearCode);
}
