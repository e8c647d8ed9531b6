package org.pilotgate.library.peers;

import java.util.List;
import org.pilotgate.library.peers.PeerClient.Entry;
import org.pilotgate.library.peers.PeerClient.Page;
import org.pilotgate.library.peers.PeerClient.PeerFailure;

/**
 * One run's reading of a peer's library, page by page after a cursor: the first request carries the
 * ETag of the last answer (an unchanged library answers 304), and reading ends at a page shorter
 * than asked for, or after {@value #MAX_PAGES_PER_RUN} pages (the next run continues from there).
 */
final class PeerFeed {

  /** Pages read from one peer in one run; a peer with more is continued at the next run. */
  static final int MAX_PAGES_PER_RUN = 100;

  private final PeerClient client;
  private final String url;
  private final int pageSize;
  private long cursor;
  private String etag;
  private int pagesRead;
  private boolean ended;
  private boolean notModified;

  PeerFeed(PeerClient client, String url, int pageSize, long after, String etag) {
    this.client = client;
    this.url = url;
    this.pageSize = pageSize;
    this.cursor = after;
    this.etag = etag;
  }

  boolean hasNextPage() {
    return !ended && pagesRead < MAX_PAGES_PER_RUN;
  }

  /** The next page's entries, oldest first; none when the library is unchanged since the last run. */
  List<Entry> nextPage() throws PeerFailure, InterruptedException {
    Page page = client.export(url, cursor, pageSize, pagesRead == 0 ? etag : null);
    pagesRead++;
    if (page.notModified()) {
      notModified = true;
      ended = true;
      return List.of();
    }
    ended = page.entries().size() < pageSize;
    etag = page.etag();
    if (!page.entries().isEmpty()) {
      cursor = page.entries().get(page.entries().size() - 1).sequence();
    }
    return page.entries();
  }

  boolean startedReading() {
    return pagesRead > 0;
  }

  /** The sequence number of the last entry read: where the next run starts. */
  long cursor() {
    return cursor;
  }

  /** The ETag of the last page read. */
  String etag() {
    return etag;
  }

  boolean notModified() {
    return notModified;
  }
}
