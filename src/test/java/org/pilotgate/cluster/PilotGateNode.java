package org.pilotgate.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
  private final Path log;

  private PilotGateNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** How a node's JVM is started: its options before {@code -jar}, the jar, and settings after the usual ones. */
  record Launch(List<String> jvmOptions, Path jar, List<String> settings) {

    /** The built jar as it is, with the usual settings only. */
    static Launch builtJar() {
      return new Launch(List.of(), Path.of(System.getProperty("pilotgate.it.jar")), List.of());
    }
  }

  /** Starts a node with its job executor on, polling for due jobs every second. */
  public static PilotGateNode start(String name, TestDatabase database) throws IOException, InterruptedException {
    return start(name, database, name, Launch.builtJar());
  }

  /** Starts a node as {@code launch} says, and waits until it is ready for traffic. */
  static PilotGateNode start(String name, TestDatabase database, Launch launch) throws IOException, InterruptedException {
    return start(name, database, name, launch);
  }

  /**
   * Starts a node that keeps its audit chain witness in the folder of the node named {@code machine}, as a
   * node started again on the same machine does (its library index stays its own).
   */
  static PilotGateNode start(String name, TestDatabase database, String machine)
      throws IOException, InterruptedException {
    return start(name, database, machine, Launch.builtJar());
  }

  private static PilotGateNode start(String name, TestDatabase database, String machine, Launch launch)
      throws IOException, InterruptedException {
    PilotGateNode node = launch(name, database, machine, launch);
    if (!node.awaitReady()) {
      throw new IllegalStateException(name + " stopped while starting; see " + node.log);
    }
    return node;
  }

  /** Starts a node as {@code launch} says, without waiting for it: see {@link #awaitReady()}. */
  static PilotGateNode launch(String name, TestDatabase database, Launch launch) throws IOException {
    return launch(name, database, name, launch);
  }

  private static PilotGateNode launch(String name, TestDatabase database, String machine, Launch launch)
      throws IOException {
    int port = freePort();
    Path log = Path.of("target", "it-logs", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m"));
    command.addAll(launch.jvmOptions());
    command.addAll(List.of("-jar", launch.jar().toString(),
        "--server.port=" + port,
        "--spring.profiles.active=demo,postgres",
        // the demo users, without the demo's seeded pilots: the tests count the pilots they start
        "--pilotgate.demo.seed=false",
        // a search index folder per node, as on machines of their own; a restarted node reopens its own
        "--pilotgate.library.index-dir=" + Path.of("target", "it-nodes", name, "library-index").toAbsolutePath(),
        "--pilotgate.audit.witness-file=" + witnessFolder(machine).resolve("audit-witness.jsonl"),
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000"));
    command.addAll(launch.settings());
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("PILOTGATE_DB_URL", database.url());
    builder.environment().put("PILOTGATE_DB_USER", database.user());
    builder.environment().put("PILOTGATE_DB_PASSWORD", database.password());
    return new PilotGateNode(name, port, builder.start(), log);
  }

  int port() {
    return port;
  }

  /** The status of {@code /actuator/health/readiness}: 200 ready, 503 not, 0 not answering. */
  int readiness() {
    try {
      return anonymous().get("/actuator/health/readiness").statusCode();
    } catch (RuntimeException notAnswering) {
      return 0;
    }
  }

  /** Where the node named {@code machine} keeps its audit chain witness, and the witnesses it kept aside. */
  static Path witnessFolder(String machine) {
    return Path.of("target", "it-nodes", machine, "audit-witness").toAbsolutePath();
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

  /**
   * Waits until the node answers that it is ready for traffic (readiness UP): true then, false if its
   * process ended first (it failed to start, or it was killed while starting).
   */
  boolean awaitReady() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        return false;
      }
      if (readiness() == 200) {
        return true;
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see " + log);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
