package org.pilotgate.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where this node keeps its search index: the folder set by {@code pilotgate.library.index-dir}, or,
 * when none is set (tests), a temporary folder of its own that is removed when the node stops.
 */
record IndexFolder(Path path, boolean temporary) {

  static final String SETTING = "pilotgate.library.index-dir";

  static IndexFolder of(String setting) throws IOException {
    if (setting == null || setting.isBlank()) {
      return new IndexFolder(Files.createTempDirectory("pilotgate-library-index-"), true);
    }
    Path path = Path.of(setting).toAbsolutePath().normalize();
    return new IndexFolder(Files.createDirectories(path), false);
  }

  void removeIfTemporary() throws IOException {
    if (!temporary) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
