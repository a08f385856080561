package nl.stedendriehoek.kringloop.workers.participant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface ParticipantRepository extends Repository<Participant, Long> {

  Optional<Participant> findByUsername(String username);

  boolean existsByUsername(String username);

  List<Participant> findAllByOrderByUsername();

  Participant save(Participant participant);
}
