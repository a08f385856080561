package nl.stedendriehoek.kringloop.workers.notification;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface NotificationRepository extends Repository<Notification, Long> {

  Notification save(Notification notification);

  boolean existsByJobKeyAndRecipientGroup(long jobKey, String recipientGroup);

  List<Notification> findByRecipientGroupOrderByCreatedAtDesc(String recipientGroup);

  List<Notification> findByYearCodeOrderByCreatedAt(String yearCode);

  List<Notification> findBySentAtIsNullOrderByCreatedAt();
}
