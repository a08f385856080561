package nl.stedendriehoek.kringloop.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into Spring Boot's short start-up failure report. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,"
            + " and that PostgreSQL runs and accepts connections from this host. Unset"
            + " SPRING_DATASOURCE_URL to use the embedded PostgreSQL instead.",
        cause);
  }
}
