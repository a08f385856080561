package nl.stedendriehoek.kringloop.database;

import java.nio.file.Path;

/** Another Kringloop instance already runs on this data directory. */
public final class DataDirectoryInUseException extends IllegalStateException {

  private final transient Path directory;

  public DataDirectoryInUseException(Path directory) {
    super(
        "The data directory "
            + directory.toAbsolutePath()
            + " is in use by another Kringloop instance. Stop that instance first, or choose"
            + " another directory with KRINGLOOP_DATA_DIR.");
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
