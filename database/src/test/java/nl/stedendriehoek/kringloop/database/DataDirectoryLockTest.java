package nl.stedendriehoek.kringloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

  @TempDir Path root;

  @Test
  void createsTheDirectoryAndRecordsTheOwningProcess() throws Exception {
    // given
    Path directory = root.resolve("data");

    // when
    try (DataDirectoryLock lock = DataDirectoryLock.acquire(directory)) {
      // then
      assertThat(directory).isDirectory();
      assertThat(Files.readString(directory.resolve(DataDirectoryLock.LOCK_FILE)).trim())
          .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    }
  }

  @Test
  void secondLockOnTheSameDirectoryIsRefusedNamingTheDirectory() {
    // given
    try (DataDirectoryLock held = DataDirectoryLock.acquire(root)) {
      // when / then
      assertThatThrownBy(() -> DataDirectoryLock.acquire(root))
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessageContaining(root.toAbsolutePath().toString());
    }
  }

  @Test
  void releasedLockCanBeTakenAgain() {
    // given
    DataDirectoryLock.acquire(root).close();

    // when
    try (DataDirectoryLock again = DataDirectoryLock.acquire(root)) {
      // then
      assertThat(again.directory()).isEqualTo(root);
    }
  }
}
