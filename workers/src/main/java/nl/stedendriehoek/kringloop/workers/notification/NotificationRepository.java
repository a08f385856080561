package nl.stedendriehoek.kringloop.workers.notification;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends Repository<Notification, Long> {

  Notification save(Notification notification);

  boolean existsByJobKeyAndRecipientGroup(long jobKey, String recipientGroup);

  List<Notification> findByRecipientGroupOrderByCreatedAtDesc(String recipientGroup);

  List<Notification> findByYearCodeOrderByCreatedAt(String yearCode);

  List<Notification> findBySentAtIsNullOrderByCreatedAt();

  /**
   * Claims up to {@code limit} unsent messages, oldest first, for the current transaction. Rows
   * another sender holds are skipped, so several app instances never send the same message at once.
   */
  @Query(
      value =
          """
          SELECT * FROM domain.notification
           WHERE sent_at IS NULL
           ORDER BY created_at, id
           LIMIT :limit
             FOR UPDATE SKIP LOCKED
          """,
      nativeQuery = true)
  List<Notification> claimUnsent(@Param("limit") int limit);
}
