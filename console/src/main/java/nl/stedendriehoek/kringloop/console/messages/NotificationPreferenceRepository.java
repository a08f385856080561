package nl.stedendriehoek.kringloop.console.messages;

import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import org.springframework.data.repository.Repository;

interface NotificationPreferenceRepository extends Repository<NotificationPreference, Long> {

  List<NotificationPreference> findByUsername(String username);

  Optional<NotificationPreference> findByUsernameAndKind(String username, NotificationKind kind);

  NotificationPreference save(NotificationPreference preference);
}
