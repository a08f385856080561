package nl.stedendriehoek.kringloop.workers.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

  Optional<Meeting> findByProcessInstanceKey(long processInstanceKey);
}
