package org.pilotgate.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What the chaos run did and found, printed as it goes and written to a file at the end. */
final class ChaosReport {

  /** The operator's periodic work; returns the incidents it retried. */
  interface OperatorWork {
    int run() throws Exception;
  }

  private final int rounds;
  private final int workers;
  private final long seed;
  private final List<Long> recoveryMillis = new ArrayList<>();
  private final List<Long> outageRecoveryMillis = new ArrayList<>();
  private final List<Long> checkMillis = new ArrayList<>();
  private final List<ChaosInvariants.Violation> violations = new ArrayList<>();
  private final java.util.Set<String> reported = new java.util.HashSet<>();
  private final AtomicInteger incidentsRetried = new AtomicInteger();
  private final AtomicReference<String> operatorTrouble = new AtomicReference<>();
  private Instant started;
  private Instant loadStopped;
  private int roundsDone;
  private int killsWhileStarting;
  private Map<String, Long> tally = Map.of();
  private Map<String, String> unexpectedAnswers = Map.of();
  private int mailTwiceInWindow;
  private List<String> pilotsByStatus = List.of();
  private long pilotsFinished;

  ChaosReport(int rounds, int workers, long seed) {
    this.rounds = rounds;
    this.workers = workers;
    this.seed = seed;
  }

  void started() {
    started = Instant.now();
  }

  void operatorTended(OperatorWork work) {
    try {
      incidentsRetried.addAndGet(work.run());
    } catch (ChaosClient.NodeLost lost) {
      // the operator tries again in a second
    } catch (Exception e) {
      operatorTrouble.compareAndSet(null, e.toString());
    }
  }

  synchronized void kill(int round, String killed, boolean wasReady) {
    if (!wasReady) {
      killsWhileStarting++;
    }
    System.out.printf("chaos round %d/%d: killed %s %s%n", round, rounds, killed, wasReady ? "(ready)" : "(starting)");
  }

  synchronized void recovered(String node, Duration sinceKill) {
    recoveryMillis.add(sinceKill.toMillis());
    System.out.printf("  %s ready again %.1f s after its kill%n", node, sinceKill.toMillis() / 1000.0);
  }

  synchronized void outage(int round, ChaosCluster.Outage outage) {
    outageRecoveryMillis.add(outage.untilEveryNodeReady().toMillis());
    if (!outage.everyNodeWentDown()) {
      violations.add(new ChaosInvariants.Violation(round, "readiness goes DOWN while the database is away",
          "a node stayed ready"));
    }
    System.out.printf("chaos round %d/%d: database away, every node ready again %.1f s after it came back%n", round,
        rounds, outage.untilEveryNodeReady().toMillis() / 1000.0);
  }

  /** Adds what the check found, each broken promise once however many rounds it is found again. */
  synchronized void checked(int round, List<ChaosInvariants.Violation> found, Duration took) {
    roundsDone = round;
    checkMillis.add(took.toMillis());
    add(found);
  }

  private void add(List<ChaosInvariants.Violation> found) {
    for (ChaosInvariants.Violation violation : found) {
      if (reported.add(violation.invariant() + ": " + violation.detail())) {
        violations.add(violation);
        System.out.println("  VIOLATION " + violation);
      }
    }
  }

  synchronized void loadStopped(Map<String, Long> tally, Map<String, String> unexpectedAnswers) {
    loadStopped = Instant.now();
    this.tally = tally;
    this.unexpectedAnswers = unexpectedAnswers;
  }

  synchronized void settled(List<ChaosInvariants.Violation> found, int mailTwiceInWindow, long pilotsFinished,
      List<String> pilotsByStatus) {
    add(found);
    this.pilotsFinished = pilotsFinished;
    this.mailTwiceInWindow = mailTwiceInWindow;
    this.pilotsByStatus = pilotsByStatus;
  }

  synchronized List<ChaosInvariants.Violation> violations() {
    return List.copyOf(violations);
  }

  synchronized Map<String, String> unexpectedAnswers() {
    return unexpectedAnswers;
  }

  /** Writes the report so far: the run writes it after every few rounds too, so a run cut short leaves its figures. */
  synchronized void writeTo(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text());
  }

  synchronized String text() {
    Instant until = loadStopped == null ? Instant.now() : loadStopped;
    StringBuilder text = new StringBuilder("# Chaos run\n\n")
        .append("| | |\n|---|---|\n")
        .append(row("rounds (kill, restart, check)", roundsDone + " of " + rounds))
        .append(row("load threads", workers))
        .append(row("seed", seed))
        .append(row("duration under load", started == null ? "-" : Duration.between(started, until).toSeconds() + " s"))
        .append(row("seconds per round", started == null || roundsDone == 0 ? "-"
            : String.format("%.1f", Duration.between(started, until).toMillis() / 1000.0 / roundsDone)))
        .append(row("invariant check after a round, p50 / p95 / max", spread(checkMillis)))
        .append(row("pilots finished (scaled, stopped with their report published, or rejected)", pilotsFinished))
        .append(row("invariant violations", violations.size()))
        .append(row("answers the load did not expect", tally.getOrDefault("unexpected answer", 0L)))
        .append(row("node kills while still starting", killsWhileStarting))
        .append(row("starts that became ready; time from the last kill, p50 / p95 / max", spread(recoveryMillis)))
        .append(row("database outages; every node ready again after it came back, p50 / p95 / max",
            spread(outageRecoveryMillis)))
        .append(row("publish incidents healed and retried by the operator", incidentsRetried.get()))
        .append(row("mails sent twice within the documented SMTP window", mailTwiceInWindow))
        .append(row("operator trouble", operatorTrouble.get() == null ? "none" : operatorTrouble.get()))
        .append("\n## Pilots at the end, by status\n\n");
    pilotsByStatus.forEach(line -> text.append("- ").append(line).append('\n'));
    text.append("\n## What the load did\n\n");
    tally.forEach((what, count) -> text.append("- ").append(what).append(": ").append(count).append('\n'));
    text.append("\n## Violations\n\n");
    violations.forEach(violation -> text.append("- round ").append(violation.round()).append(", ")
        .append(violation.invariant()).append(": ").append(violation.detail()).append('\n'));
    text.append("\n## Unexpected answers (first of each kind)\n\n");
    unexpectedAnswers.forEach((kind, answer) -> text.append("- ").append(kind).append(": ").append(answer).append('\n'));
    return text.toString();
  }

  private static String row(String what, Object value) {
    return "| " + what + " | " + value + " |\n";
  }

  private static String spread(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    return sorted.isEmpty() ? "0" : sorted.size() + "; " + seconds(percentile(sorted, 50)) + " / "
        + seconds(percentile(sorted, 95)) + " / " + seconds(sorted.get(sorted.size() - 1));
  }

  private static long percentile(List<Long> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }

  private static String seconds(long millis) {
    return String.format("%.1f s", millis / 1000.0);
  }
}
