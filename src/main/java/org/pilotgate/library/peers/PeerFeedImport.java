package org.pilotgate.library.peers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.peers.PeerClient.Entry;
import org.pilotgate.library.peers.PeerClient.PeerFailure;
import org.pilotgate.library.peers.PeerImport.Outcome;
import org.pilotgate.library.peers.PeerImport.PeerRun;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;
import org.pilotgate.library.peers.PeerReportCheck.Checked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * One peer's part of a run: reads its feed from the saved cursor, stores the reports that pass the
 * check once each, moves the cursor on page by page, and records how it went and when to ask again.
 */
final class PeerFeedImport {

  private static final Logger LOG = LoggerFactory.getLogger(PeerFeedImport.class);

  private final PeerLibraries peers;
  private final LibraryStore store;
  private final PeerClient client;
  private final int pageSize;
  private final PeerReportCheck check;
  private final PeerBackoff backoff;
  private final Clock clock;

  PeerFeedImport(PeerLibraries peers, LibraryStore store, PeerClient client, int pageSize, PeerReportCheck check,
      PeerBackoff backoff, Clock clock) {
    this.peers = peers;
    this.store = store;
    this.client = client;
    this.pageSize = pageSize;
    this.check = check;
    this.backoff = backoff;
    this.clock = clock;
  }

  /** Imports from {@code peer} if it is due (or {@code evenIfNotDue}); asks {@code mayGoOn} before every further page. */
  PeerRun importFrom(Peer peer, boolean evenIfNotDue, BooleanSupplier mayGoOn) {
    String url = peer.baseUrl();
    PeerStatus status = peers.findOrCreate(url);
    if (!evenIfNotDue && !status.isDue(clock.instant())) {
      return new PeerRun(url, Outcome.NOT_DUE, 0, 0, null);
    }
    PeerFeed feed = new PeerFeed(client, url, pageSize, status.lastSequence(), status.etag());
    Tally tally = new Tally();
    try {
      while (feed.hasNextPage()) {
        if (feed.startedReading() && !mayGoOn.getAsBoolean()) {
          return tally.run(url, Outcome.STOPPED, null);
        }
        List<Entry> page = feed.nextPage();
        if (!feed.notModified()) {
          int stored = storeValid(page, peer, tally);
          peers.advance(url, feed.cursor(), feed.etag(), stored);
        }
      }
    } catch (PeerFailure failure) {
      return failed(status, failure.getMessage(), tally);
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
      return tally.run(url, Outcome.STOPPED, null);
    } catch (RuntimeException e) {
      // a report could not be stored (e.g. the database): the cursor stays before it, to be read again
      return failed(status, e.toString(), tally);
    }
    return succeeded(url, feed.notModified() ? Outcome.NOT_MODIFIED : Outcome.IMPORTED, tally);
  }

  /** Stores the page's valid reports and notes the invalid ones; how many were new here. */
  private int storeValid(List<Entry> page, Peer peer, Tally tally) {
    int stored = 0;
    for (Entry entry : page) {
      Checked checked = check.check(entry.report(), peer);
      if (checked.problem() != null) {
        tally.invalid.add("sequence " + entry.sequence() + ": " + checked.problem());
        LOG.warn("Skipped an invalid report from peer library {} (sequence {}): {}", peer.baseUrl(), entry.sequence(),
            checked.problem());
      } else if (storeOnce(checked.report(), peer.baseUrl())) {
        stored++;
      }
    }
    tally.imported += stored;
    return stored;
  }

  private boolean storeOnce(ReportDocument report, String origin) {
    try {
      return store.importOnce(report, origin);
    } catch (DuplicateKeyException storedAtTheSameMoment) {
      return false;
    }
  }

  private PeerRun succeeded(String url, Outcome outcome, Tally tally) {
    Instant finished = clock.instant();
    peers.succeeded(url, finished, backoff.nextAfterSuccess(finished), tally.invalidNote());
    if (tally.imported > 0 || !tally.invalid.isEmpty()) {
      LOG.info("Imported {} report(s) from peer library {}, skipped {} invalid", tally.imported, url,
          tally.invalid.size());
    }
    return tally.run(url, outcome, null);
  }

  private PeerRun failed(PeerStatus status, String error, Tally tally) {
    int failures = status.consecutiveFailures() + 1;
    Instant at = clock.instant();
    Instant next = backoff.nextAfterFailures(at, failures);
    peers.failed(status.url(), at, error, failures, next);
    LOG.warn("Importing from peer library {} failed ({} in a row; next try at {}): {}", status.url(), failures, next,
        error);
    return tally.run(status.url(), Outcome.FAILED, error);
  }

  /** The reports stored and skipped so far in this peer's part of the run. */
  private static final class Tally {
    private int imported;
    private final List<String> invalid = new ArrayList<>();

    PeerRun run(String url, Outcome outcome, String error) {
      return new PeerRun(url, outcome, imported, invalid.size(), error);
    }

    String invalidNote() {
      if (invalid.isEmpty()) {
        return null;
      }
      return "Skipped " + invalid.size() + " invalid report(s) on the last run; " + String.join(" | ", invalid);
    }
  }
}
