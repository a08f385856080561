package nl.stedendriehoek.kringloop.workers.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model folders {@code processes/} and {@code forms/} at the repository root. */
final class ModelFiles {

  private ModelFiles() {}

  static Path folder(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve(name))
          && Files.exists(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("workers"))) {
        return dir.resolve(name);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "No folder '" + name + "' above " + Path.of("").toAbsolutePath());
  }

  static List<Path> files(String folder, String extension) {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
