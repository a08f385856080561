package nl.stedendriehoek.kringloop.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on a data directory in use into a short start-up failure report. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Stop the other instance (its process id is in "
            + cause.directory().resolve(DataDirectoryLock.LOCK_FILE).toAbsolutePath()
            + "), or set KRINGLOOP_DATA_DIR to another directory.",
        cause);
  }
}
