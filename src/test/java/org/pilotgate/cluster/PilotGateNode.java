package org.pilotgate.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pilotgate.HttpTestClient;
import org.pilotgate.security.DemoUsers;

/**
 * PilotGate running as a separate process (the built jar) on a PostgreSQL database, as an operator
 * runs it: it can be stopped, or killed with SIGKILL, and started again. Public for the load test
 * ({@code org.pilotgate.load}), which runs one node the same way.
 */
public final class PilotGateNode implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final String name;
  private final int port;
  private final Process process;

  private PilotGateNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts a node with its job executor on, polling for due jobs every second. */
  public static PilotGateNode start(String name, TestDatabase database) throws IOException, InterruptedException {
    int port = freePort();
    Path log = Path.of("target", "it-logs", name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(List.of(
        javaExecutable(), "-Xmx384m", "-jar", System.getProperty("pilotgate.it.jar"),
        "--server.port=" + port,
        "--spring.profiles.active=demo,postgres",
        // the demo users, without the demo's seeded pilots: the tests count the pilots they start
        "--pilotgate.demo.seed=false",
        // a search index folder per node, as on machines of their own; a restarted node reopens its own
        "--pilotgate.library.index-dir=" + Path.of("target", "it-nodes", name, "library-index").toAbsolutePath(),
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("PILOTGATE_DB_URL", database.url());
    builder.environment().put("PILOTGATE_DB_USER", database.user());
    builder.environment().put("PILOTGATE_DB_PASSWORD", database.password());
    PilotGateNode node = new PilotGateNode(name, port, builder.start());
    node.awaitUp(log);
    return node;
  }

  public HttpTestClient as(String user) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }

  /** A browser session of {@code user}, for PilotGate's own pages. */
  public HttpTestClient signedIn(String user) {
    return HttpTestClient.signedIn(port, user, DemoUsers.PASSWORD);
  }

  public HttpTestClient anonymous() {
    return HttpTestClient.anonymous(port);
  }

  /** SIGKILL: the process gets no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  String name() {
    return name;
  }

  /** Where it answers, e.g. {@code http://localhost:41234}. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  private void awaitUp(Path log) throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see " + log);
      }
      try {
        if (anonymous().getPage("/login").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
