package org.pilotgate.library.peers;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.peers.PeerClient.PeerFailure;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports the reports of the peer libraries this council follows, so they are searchable here and
 * take part in the prior-work check. Every {@code pilotgate.library.peer-import-interval} one node of
 * the cluster (the one that takes the {@code peer-import} lease) asks each peer that is due for the
 * reports after the last one it read. A peer that fails is retried later and later (the interval
 * times 2 to the number of failures in a row, at most {@code peer-max-backoff}); it never stops the
 * others, and nothing is thrown out of the scheduler.
 */
@Component
public class PeerImport {

  static final String LEASE = "peer-import";
  /** Pages read from one peer in one run; a peer with more is continued at the next run. */
  static final int MAX_PAGES_PER_RUN = 100;

  private static final Logger LOG = LoggerFactory.getLogger(PeerImport.class);

  /** What happened to one peer in a run. */
  public enum Outcome { IMPORTED, NOT_MODIFIED, FAILED, NOT_DUE, STOPPED }

  /**
   * One peer's part of a run.
   *
   * @param imported reports stored here now
   * @param invalid reports skipped because they failed the checks
   * @param error why it failed, for {@link Outcome#FAILED}
   */
  public record PeerRun(String url, Outcome outcome, int imported, int invalid, String error) {}

  /** A run: {@code ran} is false when no peer is configured or another run holds the lease. */
  public record Run(boolean ran, List<PeerRun> peers) {

    public int imported() {
      return peers.stream().mapToInt(PeerRun::imported).sum();
    }

    public PeerRun peer(String url) {
      return peers.stream().filter(p -> p.url().equals(url)).findFirst().orElse(null);
    }
  }

  private final PeerLibraryProperties properties;
  private final String ownCouncil;
  private final PeerLibraries peers;
  private final SchedulerLease lease;
  private final LibraryStore store;
  private final LibraryIndex index;
  private final ReportValidator validator;
  private final PeerClient client;
  private final ObjectMapper reports = JsonMapper.builder()
      .findAndAddModules()
      // a newer peer may add fields or values: keep what this version understands
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
      .build();
  private final String holder = hostName() + "/" + UUID.randomUUID();
  private final Duration leaseLength;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "peer-import");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean waitingOrRunning = new AtomicBoolean();

  PeerImport(PeerLibraryProperties properties, PilotGateProperties pilotGate, PeerLibraries peers,
      SchedulerLease lease, LibraryStore store, LibraryIndex index, ReportValidator validator) {
    this.properties = properties;
    this.ownCouncil = pilotGate.councilCode();
    this.peers = peers;
    this.lease = lease;
    this.store = store;
    this.index = index;
    this.validator = validator;
    this.client = new PeerClient(properties.peerConnectTimeout(), properties.peerRequestTimeout(), reports,
        "PilotGate peer import (" + ownCouncil + ")");
    // renewed before every request, so it outlives one request and the storing of one page
    this.leaseLength = properties.peerRequestTimeout().multipliedBy(2).plus(Duration.ofMinutes(1));
  }

  /**
   * The scheduled run, on a thread of its own so that slow peers never hold up the scheduler's
   * other jobs (the search index catches up every second).
   */
  @Scheduled(fixedDelayString = "${pilotgate.library.peer-import-interval:PT5M}",
      initialDelayString = "${pilotgate.library.peer-import-interval:PT5M}")
  void scheduled() {
    start(false);
  }

  /**
   * Starts importing from every followed peer in the background, due or not (an administrator's
   * "import now"); false if a run is already waiting or running on this node, or none is configured.
   */
  public boolean startNow() {
    return start(true);
  }

  /** Imports from every followed peer, due or not, and returns what happened. */
  public Run importAllNow() {
    return run(true);
  }

  /** Imports from the peers that are due, as the scheduled run does, and returns what happened. */
  public Run importDuePeers() {
    return run(false);
  }

  /** Every followed peer's import status, in the configured order. */
  public List<PeerStatus> statuses() {
    return followed().values().stream()
        .map(peer -> peers.find(peer.baseUrl()).orElse(PeerStatus.neverTried(peer.baseUrl(), null))
            .named(peer.displayName()))
        .toList();
  }

  /** Whether a background run is waiting or running on this node. */
  boolean busy() {
    return waitingOrRunning.get();
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private boolean start(boolean everyPeer) {
    if (properties.peers().isEmpty() || !waitingOrRunning.compareAndSet(false, true)) {
      return false;
    }
    try {
      worker.execute(() -> {
        try {
          run(everyPeer);
        } finally {
          waitingOrRunning.set(false);
        }
      });
      return true;
    } catch (RejectedExecutionException shuttingDown) {
      waitingOrRunning.set(false);
      return false;
    }
  }

  /** Never throws: a failure is logged and recorded against its peer. */
  private Run run(boolean everyPeer) {
    if (properties.peers().isEmpty()) {
      return new Run(false, List.of());
    }
    Instant now = Instant.now();
    try {
      if (!lease.tryAcquire(LEASE, holder, now, now.plus(leaseLength))) {
        LOG.debug("Peer import skipped: another run holds the lease");
        return new Run(false, List.of());
      }
    } catch (RuntimeException e) {
      LOG.warn("Peer import skipped: cannot take the lease: {}", e.toString());
      return new Run(false, List.of());
    }
    List<PeerRun> results = new ArrayList<>();
    try {
      for (Peer peer : followed().values()) {
        if (Thread.currentThread().isInterrupted() || !renewLease()) {
          break;
        }
        PeerRun result;
        try {
          result = importFrom(peer, everyPeer);
        } catch (RuntimeException e) {
          // e.g. the database: this peer's row may not say so, but the others still get their turn
          LOG.warn("Importing from peer library {} failed: {}", peer.baseUrl(), e.toString());
          result = new PeerRun(peer.baseUrl(), Outcome.FAILED, 0, 0, e.toString());
        }
        results.add(result);
        if (result.outcome() == Outcome.STOPPED) {
          break;
        }
      }
    } finally {
      try {
        lease.release(LEASE, holder, Instant.now());
      } catch (RuntimeException e) {
        LOG.warn("Could not hand back the peer import lease (it runs out by itself): {}", e.toString());
      }
    }
    Run run = new Run(true, results);
    if (run.imported() > 0) {
      try {
        index.catchUp();
      } catch (RuntimeException e) {
        LOG.warn("Imported reports are searchable at the index's next catch-up: {}", e.toString());
      }
    }
    return run;
  }

  private PeerRun importFrom(Peer peer, boolean everyPeer) {
    String url = peer.baseUrl();
    PeerStatus status = peers.findOrCreate(url);
    if (!everyPeer && !status.isDue(Instant.now())) {
      return new PeerRun(url, Outcome.NOT_DUE, 0, 0, null);
    }
    long cursor = status.lastSequence();
    String etag = status.etag();
    int imported = 0;
    List<String> invalid = new ArrayList<>();
    boolean notModified = false;
    try {
      for (int page = 0; page < MAX_PAGES_PER_RUN; page++) {
        if (page > 0 && !renewLease()) {
          return new PeerRun(url, Outcome.STOPPED, imported, invalid.size(), null);
        }
        PeerClient.Page answer = client.export(url, cursor, properties.peerPageSize(), page == 0 ? etag : null);
        if (answer.notModified()) {
          notModified = true;
          break;
        }
        int stored = 0;
        for (PeerClient.Entry entry : answer.entries()) {
          Checked checked = check(entry, peer);
          if (checked.problem() != null) {
            invalid.add("sequence " + entry.sequence() + ": " + checked.problem());
            LOG.warn("Skipped an invalid report from peer library {} (sequence {}): {}", url, entry.sequence(),
                checked.problem());
          } else if (storeOnce(checked.report(), url)) {
            stored++;
          }
          cursor = entry.sequence();
        }
        etag = answer.etag();
        peers.advance(url, cursor, etag, stored);
        imported += stored;
        if (answer.entries().size() < properties.peerPageSize()) {
          break;
        }
      }
    } catch (PeerFailure failure) {
      return failed(status, failure.getMessage(), imported, invalid.size());
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
      return new PeerRun(url, Outcome.STOPPED, imported, invalid.size(), null);
    } catch (RuntimeException e) {
      // a report could not be stored (e.g. the database): the cursor stays before it, to be read again
      return failed(status, e.toString(), imported, invalid.size());
    }
    Instant finished = Instant.now();
    peers.succeeded(url, finished, finished.plus(properties.peerImportInterval()), invalidNote(invalid));
    if (imported > 0 || !invalid.isEmpty()) {
      LOG.info("Imported {} report(s) from peer library {}, skipped {} invalid", imported, url, invalid.size());
    }
    return new PeerRun(url, notModified ? Outcome.NOT_MODIFIED : Outcome.IMPORTED, imported, invalid.size(), null);
  }

  private PeerRun failed(PeerStatus status, String error, int imported, int invalid) {
    int failures = status.consecutiveFailures() + 1;
    Instant at = Instant.now();
    Instant next = at.plus(backoff(failures));
    peers.failed(status.url(), at, error, failures, next);
    LOG.warn("Importing from peer library {} failed ({} in a row; next try at {}): {}", status.url(), failures, next,
        error);
    return new PeerRun(status.url(), Outcome.FAILED, imported, invalid, error);
  }

  /** The wait after {@code failures} failures in a row: the interval times 2^failures, at most the maximum. */
  Duration backoff(int failures) {
    Duration max = properties.peerMaxBackoff();
    Duration delay = properties.peerImportInterval();
    for (int i = 0; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  private record Checked(ReportDocument report, String problem) {
    static Checked invalid(String problem) {
      return new Checked(null, problem);
    }
  }

  /** The report, if it passes the validator and fits this library: its own id, a peer's council, the columns. */
  private Checked check(PeerClient.Entry entry, Peer peer) {
    JsonNode node = entry.report();
    List<String> problems = validator.problems(node);
    if (!problems.isEmpty()) {
      return Checked.invalid(String.join("; ", problems));
    }
    ReportDocument report;
    try {
      report = reports.treeToValue(node, ReportDocument.class);
    } catch (Exception e) {
      return Checked.invalid("not a report: " + PeerClient.firstLine(e.getMessage()));
    }
    if (report == null || report.council() == null || report.reference() == null || report.title() == null
        || report.serviceArea() == null || report.publishedAt() == null) {
      return Checked.invalid("council, reference, title, serviceArea and publishedAt are required");
    }
    if (!ReportDocument.globalId(report.council(), report.reference()).equals(report.globalId())) {
      return Checked.invalid("globalId " + report.globalId() + " is not <council>/<reference>");
    }
    if (!ReportDocument.FAILED.equals(report.outcome()) && !ReportDocument.SUCCEEDED.equals(report.outcome())) {
      return Checked.invalid("outcome: must be FAILED or SUCCEEDED");
    }
    if (report.council().equalsIgnoreCase(ownCouncil)) {
      return Checked.invalid(report.globalId() + " claims to be this council's own report");
    }
    if (peer.council() != null && !peer.council().isBlank() && !peer.council().equalsIgnoreCase(report.council())) {
      return Checked.invalid(report.globalId() + " is not from council " + peer.council());
    }
    if (report.council().length() > 40 || report.reference().length() > 40 || report.globalId().length() > 160
        || report.title().length() > 200 || report.serviceArea().length() > 40) {
      return Checked.invalid("longer than the library stores (council 40, reference 40, title 200, serviceArea 40)");
    }
    return new Checked(report, null);
  }

  private boolean storeOnce(ReportDocument report, String origin) {
    try {
      return store.importOnce(report, origin);
    } catch (DuplicateKeyException storedAtTheSameMoment) {
      return false;
    }
  }

  /** Keeps the lease for one more request; false (and the run stops) if it is lost or cannot be renewed. */
  private boolean renewLease() {
    try {
      if (lease.renew(LEASE, holder, Instant.now().plus(leaseLength))) {
        return true;
      }
      LOG.warn("Peer import stopped: its lease ran out and another node took it");
    } catch (RuntimeException e) {
      LOG.warn("Peer import stopped: cannot renew its lease: {}", e.toString());
    }
    return false;
  }

  private static String invalidNote(List<String> invalid) {
    if (invalid.isEmpty()) {
      return null;
    }
    return "Skipped " + invalid.size() + " invalid report(s) on the last run; " + String.join(" | ", invalid);
  }

  /** The configured peers, once each, by base URL. */
  private Map<String, Peer> followed() {
    Map<String, Peer> byUrl = new LinkedHashMap<>();
    properties.peers().forEach(peer -> byUrl.putIfAbsent(peer.baseUrl(), peer));
    return byUrl;
  }

  /** {@code pid@host}: names this node in the lease row, without a DNS look-up. */
  private static String hostName() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }
}
