package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotgate.TestPilots;
import org.pilotgate.library.peers.PeerClient.Entry;
import org.pilotgate.library.peers.PeerClient.PeerFailure;

/** Paging through a peer's feed, against a fake peer on this machine, without Spring. */
class PeerFeedTest {

  final FakePeer peer = FakePeer.start();
  final PeerClient client = new PeerClient(Duration.ofSeconds(1), Duration.ofSeconds(5), PeerReportCheck.READER,
      "PeerFeedTest");

  @AfterEach
  void stopPeer() {
    peer.close();
  }

  @Test
  void readsPageAfterPageUntilAShortOne() throws Exception {
    publish(3, 5, 8, 9, 12);

    PeerFeed feed = new PeerFeed(client, peer.url(), 2, 0, null);
    List<Long> read = readAll(feed);

    assertThat(read).containsExactly(3L, 5L, 8L, 9L, 12L);
    assertThat(peer.requests()).containsExactly(
        "after=0&origin=local&limit=2", "after=5&origin=local&limit=2", "after=9&origin=local&limit=2");
    assertThat(feed.cursor()).isEqualTo(12);
    assertThat(feed.notModified()).isFalse();
  }

  @Test
  void aFullLastPageIsFollowedByAnEmptyOne() throws Exception {
    publish(1, 2);

    PeerFeed feed = new PeerFeed(client, peer.url(), 2, 0, null);

    assertThat(readAll(feed)).containsExactly(1L, 2L);
    assertThat(peer.requests()).containsExactly("after=0&origin=local&limit=2", "after=2&origin=local&limit=2");
    assertThat(feed.cursor()).as("an empty page leaves the cursor where it was").isEqualTo(2);
  }

  @Test
  void anUnchangedLibraryAnswersNotModifiedToTheLastETag() throws Exception {
    publish(1);
    PeerFeed first = new PeerFeed(client, peer.url(), 2, 0, null);
    readAll(first);

    PeerFeed again = new PeerFeed(client, peer.url(), 2, 0, first.etag());

    assertThat(readAll(again)).isEmpty();
    assertThat(again.notModified()).isTrue();
    assertThat(again.hasNextPage()).isFalse();
    assertThat(peer.notModifiedAnswers()).isEqualTo(1);
  }

  @Test
  void onlyTheFirstRequestCarriesTheETag() throws Exception {
    publish(1, 2, 3);
    PeerFeed first = new PeerFeed(client, peer.url(), 2, 0, null);
    readAll(first);

    PeerFeed again = new PeerFeed(client, peer.url(), 2, 0, first.etag());
    readAll(again);

    assertThat(peer.etagsSent()).containsExactly("", "", first.etag(), "");
  }

  @Test
  void oneRunReadsAtMostItsShareOfPages() throws Exception {
    long[] sequences = new long[PeerFeed.MAX_PAGES_PER_RUN + 1];
    for (int i = 0; i < sequences.length; i++) {
      sequences[i] = i + 1;
    }
    publish(sequences);

    PeerFeed feed = new PeerFeed(client, peer.url(), 1, 0, null);

    assertThat(readAll(feed)).hasSize(PeerFeed.MAX_PAGES_PER_RUN);
    assertThat(feed.cursor()).as("the next run continues from here").isEqualTo(PeerFeed.MAX_PAGES_PER_RUN);
  }

  @Test
  void aFailingPeerFailsTheRead() {
    peer.mode(FakePeer.Mode.ERROR_500);

    PeerFeed feed = new PeerFeed(client, peer.url(), 2, 0, null);

    assertThatThrownBy(feed::nextPage).isInstanceOf(PeerFailure.class)
        .hasMessage("HTTP 500 from /api/library/export.json");
  }

  private void publish(long... sequences) {
    for (long sequence : sequences) {
      peer.publish(sequence, TestPilots.report("AAA", "PIL-2026-" + sequence, "Pilot " + sequence, "FAILED",
          "HOUSING", "x"));
    }
  }

  private static List<Long> readAll(PeerFeed feed) throws Exception {
    List<Long> sequences = new ArrayList<>();
    while (feed.hasNextPage()) {
      feed.nextPage().stream().map(Entry::sequence).forEach(sequences::add);
    }
    return sequences;
  }
}
