package org.pilotgate.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jar as the container image runs it (see the Dockerfile): extracted into the application and
 * its libraries, with a class-data-sharing archive written by a training run. Made once per build in
 * {@code folder}.
 */
final class ImageLaunch {

  private ImageLaunch() {}

  static PilotGateNode.Launch prepare(Path folder, List<String> jvmOptions, List<String> settings)
      throws IOException, InterruptedException {
    Path builtJar = Path.of(System.getProperty("pilotgate.it.jar"));
    Path archive = folder.resolve("pilotgate.jsa");
    Path jar = folder.resolve(builtJar.getFileName());
    if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(builtJar)) < 0) {
      deleteRecursively(folder);
      run(folder.getParent(), List.of(PilotGateNode.javaExecutable(), "-Djarmode=tools", "-jar", builtJar.toString(), "extract", "--destination",
          folder.toString()));
      run(folder, List.of(PilotGateNode.javaExecutable(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
          "-Dspring.profiles.active=demo", "-jar", jar.toString(), "--spring.datasource.url=jdbc:h2:mem:training",
          "--server.port=0", "--pilotgate.library.index-dir=" + folder.resolve("training-index")));
    }
    List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
    options.addAll(jvmOptions);
    return new PilotGateNode.Launch(options, jar, settings);
  }

  private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
    Files.createDirectories(directory);
    Path log = directory.resolve("prepare.log");
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
