package org.pilotgate.library.peers;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports the reports of the peer libraries this council follows, so they are searchable here and
 * take part in the prior-work check. Every {@code pilotgate.library.peer-import-interval} one node of
 * the cluster (the one that takes the {@link ImportLease}) gives each peer that is due its turn
 * ({@link PeerFeedImport}); a peer that fails is asked again later and later ({@link PeerBackoff}).
 * A failing peer never stops the others, and nothing is thrown out of the scheduler.
 */
@Component
public class PeerImport {

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

    static final Run NOT_RUN = new Run(false, List.of());

    public int imported() {
      return peers.stream().mapToInt(PeerRun::imported).sum();
    }

    public PeerRun peer(String url) {
      return peers.stream().filter(p -> p.url().equals(url)).findFirst().orElse(null);
    }
  }

  private final PeerLibraryProperties properties;
  private final PeerLibraries peers;
  private final LibraryIndex index;
  private final ImportLease lease;
  private final PeerFeedImport feedImport;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "peer-import");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean waitingOrRunning = new AtomicBoolean();

  PeerImport(PeerLibraryProperties properties, PilotGateProperties pilotGate, PeerLibraries peers,
      SchedulerLease lease, LibraryStore store, LibraryIndex index, ReportValidator validator, Clock clock) {
    this.properties = properties;
    this.peers = peers;
    this.index = index;
    this.lease = new ImportLease(lease, properties.peerRequestTimeout(), clock);
    String ownCouncil = pilotGate.councilCode();
    PeerClient client = new PeerClient(properties.peerConnectTimeout(), properties.peerRequestTimeout(),
        PeerReportCheck.READER, "PilotGate peer import (" + ownCouncil + ")");
    this.feedImport = new PeerFeedImport(peers, store, client, properties.peerPageSize(),
        new PeerReportCheck(validator, ownCouncil),
        new PeerBackoff(properties.peerImportInterval(), properties.peerMaxBackoff()), clock);
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
    if (properties.peers().isEmpty() || !lease.take()) {
      return Run.NOT_RUN;
    }
    List<PeerRun> results;
    try {
      results = eachPeer(everyPeer);
    } finally {
      lease.release();
    }
    Run run = new Run(true, results);
    if (run.imported() > 0) {
      catchUpIndex();
    }
    return run;
  }

  /** Each peer's turn, while this node keeps the lease and is not shutting down. */
  private List<PeerRun> eachPeer(boolean everyPeer) {
    List<PeerRun> results = new ArrayList<>();
    for (Peer peer : followed().values()) {
      if (Thread.currentThread().isInterrupted() || !lease.renew()) {
        break;
      }
      PeerRun result = turnOf(peer, everyPeer);
      results.add(result);
      if (result.outcome() == Outcome.STOPPED) {
        break;
      }
    }
    return results;
  }

  private PeerRun turnOf(Peer peer, boolean everyPeer) {
    try {
      return feedImport.importFrom(peer, everyPeer, lease::renew);
    } catch (RuntimeException e) {
      // e.g. the database: this peer's row may not say so, but the others still get their turn
      LOG.warn("Importing from peer library {} failed: {}", peer.baseUrl(), e.toString());
      return new PeerRun(peer.baseUrl(), Outcome.FAILED, 0, 0, e.toString());
    }
  }

  private void catchUpIndex() {
    try {
      index.catchUp();
    } catch (RuntimeException e) {
      LOG.warn("Imported reports are searchable at the index's next catch-up: {}", e.toString());
    }
  }

  /** The configured peers, once each, by base URL. */
  private Map<String, Peer> followed() {
    Map<String, Peer> byUrl = new LinkedHashMap<>();
    properties.peers().forEach(peer -> byUrl.putIfAbsent(peer.baseUrl(), peer));
    return byUrl;
  }
}
