package org.pilotgate.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Two PilotGate nodes on one database, each of which the chaos run may kill with SIGKILL and start again
 * under the same name (its own search index folder, its own log). The load reaches whichever node is up.
 */
final class ChaosCluster implements AutoCloseable {

  static final List<String> NAMES = List.of("chaos-a", "chaos-b");
  private static final Duration GRACE = Duration.ofSeconds(20);

  private final TestDatabase database;
  private final PilotGateNode.Launch launch;
  private final AtomicReferenceArray<PilotGateNode> nodes = new AtomicReferenceArray<>(NAMES.size());
  private final Random random;
  /** Until when the load and the operator may find the database away (the outage and a grace after it). */
  private volatile Instant databaseAwayUntil = Instant.MIN;

  ChaosCluster(TestDatabase database, PilotGateNode.Launch launch, Random random) {
    this.database = database;
    this.launch = launch;
    this.random = random;
  }

  void startAll() throws IOException, InterruptedException {
    for (int i = 0; i < NAMES.size(); i++) {
      nodes.set(i, PilotGateNode.start(NAMES.get(i), database, launch));
    }
  }

  /** The nodes up now (a node being started again is not). */
  List<PilotGateNode> up() {
    List<PilotGateNode> up = new ArrayList<>();
    for (int i = 0; i < nodes.length(); i++) {
      PilotGateNode node = nodes.get(i);
      if (node != null) {
        up.add(node);
      }
    }
    return up;
  }

  /** A node that is up, chosen at random as a load balancer would; waits while none is. */
  PilotGateNode anyUp() throws InterruptedException {
    for (int waited = 0; waited < 600; waited++) {
      List<PilotGateNode> up = up();
      if (!up.isEmpty()) {
        synchronized (random) {
          return up.get(random.nextInt(up.size()));
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no node up for a minute");
  }

  /**
   * Kills node {@code index} with SIGKILL and starts it again; returns the time from the kill until it
   * is ready for traffic again.
   */
  Duration killAndRestart(int index) throws IOException, InterruptedException {
    PilotGateNode node = nodes.getAndSet(index, null);
    long killedAt = System.nanoTime();
    node.kill();
    nodes.set(index, PilotGateNode.start(NAMES.get(index), database, launch));
    return Duration.ofNanos(System.nanoTime() - killedAt);
  }

  /** What happened to readiness while the database was away and after it came back. */
  record Outage(boolean everyNodeWentDown, Duration untilEveryNodeReady) {}

  /**
   * The database refuses connections and closes its open ones for {@code length}, as a PostgreSQL restart
   * or a network cut does to the nodes; then it accepts them again. Watches each node's readiness.
   */
  Outage databaseAway(Duration length) throws Exception {
    databaseAwayUntil = Instant.MAX;
    Instant cut = Instant.now();
    database.cutOff();
    boolean everyNodeWentDown = awaitReadiness(503, length);
    Thread.sleep(Math.max(0, length.minus(Duration.between(cut, Instant.now())).toMillis()));
    database.restore();
    long restored = System.nanoTime();
    databaseAwayUntil = Instant.now().plus(GRACE);
    if (!awaitReadiness(200, Duration.ofSeconds(120))) {
      throw new IllegalStateException("a node did not become ready within 2 minutes of the database coming back");
    }
    return new Outage(everyNodeWentDown, Duration.ofNanos(System.nanoTime() - restored));
  }

  /** True while the database is away and for a while after: refusals then are the expected answer. */
  boolean databaseAwayLately() {
    return Instant.now().isBefore(databaseAwayUntil);
  }

  private boolean awaitReadiness(int status, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (up().stream().allMatch(node -> node.readiness() == status)) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    for (int i = 0; i < nodes.length(); i++) {
      PilotGateNode node = nodes.getAndSet(i, null);
      if (node != null) {
        node.close();
      }
    }
  }
}
