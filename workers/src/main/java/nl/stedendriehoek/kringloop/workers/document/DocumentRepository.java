package nl.stedendriehoek.kringloop.workers.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface DocumentRepository extends Repository<Document, Long> {

  Document save(Document document);

  Optional<Document> findByJobKey(long jobKey);

  Optional<Document> findById(Long id);

  List<Document> findByYearCodeOrderByCreatedAt(String yearCode);
}
