package org.pilotgate.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Two PilotGate nodes on one database, each of which the chaos run may kill with SIGKILL, ready or still
 * starting, and which is then started again under the same name (its own search index folder, its own
 * log), as an orchestrator restarts a container. The load reaches whichever node is ready.
 */
final class ChaosCluster implements AutoCloseable {

  static final List<String> NAMES = List.of("chaos-a", "chaos-b");
  private static final Duration GRACE = Duration.ofSeconds(20);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  /** Told when a node started again is ready: which node, and how long after its kill. */
  interface Recovery {
    void ready(String node, Duration sinceKill);
  }

  /** One node's place in the cluster: the process there now, and whether it is ready for traffic. */
  private static final class Slot {
    final String name;
    PilotGateNode node;
    volatile boolean ready;
    long killedAt;

    Slot(String name) {
      this.name = name;
    }
  }

  private final TestDatabase database;
  private final PilotGateNode.Launch launch;
  private final List<Slot> slots = NAMES.stream().map(Slot::new).toList();
  private final Random random;
  private final ExecutorService starters = Executors.newCachedThreadPool(daemon -> {
    Thread thread = new Thread(daemon, "chaos-starter");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicReference<String> trouble = new AtomicReference<>();
  private volatile Recovery recovery = (node, sinceKill) -> { };
  /** Until when the load and the operator may find the database away (the outage and a grace after it). */
  private volatile Instant databaseAwayUntil = Instant.MIN;

  ChaosCluster(TestDatabase database, PilotGateNode.Launch launch, Random random) {
    this.database = database;
    this.launch = launch;
    this.random = random;
  }

  void startAll() throws IOException, InterruptedException {
    for (Slot slot : slots) {
      synchronized (slot) {
        slot.node = PilotGateNode.start(slot.name, database, launch);
        slot.ready = true;
      }
    }
  }

  void onRecovery(Recovery recovery) {
    this.recovery = recovery;
  }

  /** The nodes ready for traffic now (a node being started again is not). */
  List<PilotGateNode> up() {
    List<PilotGateNode> up = new ArrayList<>();
    for (Slot slot : slots) {
      synchronized (slot) {
        if (slot.ready) {
          up.add(slot.node);
        }
      }
    }
    return up;
  }

  /** A node that is ready, chosen at random as a load balancer would; waits while none is. */
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
   * Kills node {@code index} with SIGKILL, whether it is ready or still starting, and starts it again in
   * the background; returns whether it was ready. The recovery listener hears when it is ready again.
   */
  boolean killAndRestart(int index) throws IOException, InterruptedException {
    Slot slot = slots.get(index);
    PilotGateNode starting;
    boolean wasReady;
    synchronized (slot) {
      wasReady = slot.ready;
      slot.ready = false;
      slot.killedAt = System.nanoTime();
      slot.node.kill();
      starting = PilotGateNode.launch(slot.name, database, launch);
      slot.node = starting;
    }
    starters.execute(() -> becomeReady(slot, starting));
    return wasReady;
  }

  /**
   * Waits for a node started again; starts it once more if its process ended by itself (it cannot start
   * while the database is away), as an orchestrator would. A node killed while starting is left to the
   * kill's own start.
   */
  private void becomeReady(Slot slot, PilotGateNode starting) {
    try {
      PilotGateNode node = starting;
      while (!node.awaitReady()) {
        Thread.sleep(1000);
        synchronized (slot) {
          if (slot.node != node) {
            return;
          }
          node = PilotGateNode.launch(slot.name, database, launch);
          slot.node = node;
        }
      }
      synchronized (slot) {
        if (slot.node == node) {
          slot.ready = true;
          recovery.ready(slot.name, Duration.ofNanos(System.nanoTime() - slot.killedAt));
        }
      }
    } catch (Exception e) {
      trouble.compareAndSet(null, slot.name + " was not started again: " + e);
    }
  }

  /** Waits until a node other than {@code index} is ready, so that killing it leaves the service up. */
  void awaitAnotherReady(int index) throws InterruptedException {
    awaitSlots("a node other than " + NAMES.get(index) + " ready",
        () -> slots.stream().anyMatch(slot -> slot != slots.get(index) && slot.ready));
  }

  /** Waits until every node is ready. */
  void awaitAllReady() throws InterruptedException {
    awaitSlots("every node ready", () -> slots.stream().allMatch(slot -> slot.ready));
  }

  private void awaitSlots(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (!condition.getAsBoolean()) {
      if (trouble.get() != null) {
        throw new IllegalStateException(trouble.get());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("not " + what + " within " + READY_TIMEOUT);
      }
      Thread.sleep(100);
    }
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
    starters.shutdownNow();
    for (Slot slot : slots) {
      synchronized (slot) {
        slot.ready = false;
        if (slot.node != null) {
          slot.node.close();
        }
      }
    }
  }
}
