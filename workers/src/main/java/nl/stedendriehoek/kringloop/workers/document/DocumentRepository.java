package nl.stedendriehoek.kringloop.workers.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface DocumentRepository extends Repository<Document, Long> {

  Document save(Document document);

  Optional<Document> findByJobKey(long jobKey);

  Optional<Document> findById(Long id);

  List<Document> findByYearCodeOrderByCreatedAt(String yearCode);

  /** The documents of a year without their content, oldest first. */
  @Query("select new nl.stedendriehoek.kringloop.workers.document.DocumentSummary(d.id, d.kind, d.title, d.fileName,"
      + " d.createdAt) from Document d where d.yearCode = :yearCode order by d.createdAt, d.id")
  List<DocumentSummary> summariesOf(@Param("yearCode") String yearCode);
}
