package nl.stedendriehoek.kringloop.workers.document;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import org.springframework.stereotype.Component;

/**
 * "Scanrapport opstellen" and "Focusvoorstel als document vastleggen": PDFs in the domain database;
 * the process keeps only their ids ({@code scanrapportDocumentId}, {@code voorstelDocumentId}).
 */
@Component
public class DocumentWorker {

  private final DocumentService service;

  public DocumentWorker(DocumentService service) {
    this.service = service;
  }

  @JobWorker(type = JobTypes.SCAN_REPORT_GENERATE)
  public Map<String, Object> scanReport(
      @JobKey long jobKey,
      @Variable String jaar,
      @Variable List<Map<String, Object>> themaClassificaties) {
    return Map.of(
        "scanrapportDocumentId", service.scanReport(jobKey, jaar, themaClassificaties).id());
  }

  @JobWorker(type = JobTypes.PROPOSAL_DOCUMENT_GENERATE)
  public Map<String, Object> proposal(
      @JobKey long jobKey, @Variable String jaar, @Variable Integer voorstelRonde) {
    if (voorstelRonde == null) {
      throw new IllegalArgumentException(
          "Job " + jobKey + " for year " + jaar + " has no voorstelRonde");
    }
    return Map.of("voorstelDocumentId", service.proposal(jobKey, jaar, voorstelRonde).id());
  }
}
