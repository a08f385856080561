package nl.stedendriehoek.kringloop.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on a Kringloop data directory, held for as long as one
 * instance uses it. A second instance on the same directory fails at once with a message naming the
 * directory, instead of starting a second PostgreSQL on the same files. The operating system
 * releases the lock when the JVM dies, so a killed instance never leaves a stale lock behind.
 */
public final class DataDirectoryLock implements AutoCloseable {

  static final String LOCK_FILE = "kringloop.lock";

  private final Path directory;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
    this.directory = directory;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, creating the directory when it does not exist yet.
   *
   * @throws DataDirectoryInUseException when another process (or this one) holds it
   */
  public static DataDirectoryLock acquire(Path directory) {
    Path lockFile = directory.resolve(LOCK_FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new DataDirectoryInUseException(directory);
      }
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
      channel.force(true);
      return new DataDirectoryLock(directory, channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new DataDirectoryInUseException(directory);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new IllegalStateException(
          "Cannot lock the data directory " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // The channel close below releases it as well.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing left to release.
    }
  }
}
