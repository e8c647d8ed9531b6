package org.pilotgate.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilotgate.TestPilots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The index on disk, as nodes stop and start on one folder (the smoke size of LibraryBenchmark): a
 * node restarted on its folder answers at once from what it had indexed, without a rebuild, and
 * catches up with what arrived meanwhile; an index of an older format, or built from another
 * database, is rebuilt; a folder another node holds is refused, naming the folder and the setting;
 * the node's health shows its index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LibraryIndexOnDiskTest {

  @Autowired LibraryStore store;
  @Autowired Clock clock;
  @Autowired LibraryIndexHealth health;
  @TempDir Path folder;

  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Test
  void aRestartedNodeServesFromItsFolderAndCatchesUp() throws Exception {
    String first = publish("1", "Quillwort gritting rota shared with farmers");
    try (LibraryIndex node = node()) {
      node.bringUpToDate();
      assertThat(ids(node, "quillwort")).contains(first);
    }
    String meanwhile = publish("2", "Quillwort wardens at school gates");

    try (LibraryIndex restarted = node()) {
      assertThat(restarted.state().rebuildingBecause()).as("a warm index is trusted").isNull();
      assertThat(ids(restarted, "quillwort")).as("answers before catching up").contains(first)
          .doesNotContain(meanwhile);
      restarted.bringUpToDate();
      assertThat(ids(restarted, "quillwort")).contains(first, meanwhile);
    }
  }

  @Test
  void aPublicationIsSearchableAtOnceAndWrittenToDiskByTheNextCatchUp() throws Exception {
    try (LibraryIndex node = node()) {
      node.bringUpToDate();
      String report = publish("5", "Sundew litter pickers at the lido");
      node.published(new ReportPublished("instance", "PIL-2026-5", null));

      assertThat(ids(node, "sundew")).as("searchable at once").contains(report);
      assertThat(committedIds()).as("not yet synced to disk in the publishing step").doesNotContain(report);
      node.catchUp();
      assertThat(committedIds()).contains(report);
    }
  }

  @Test
  void anIndexOfAnOlderFormatAnswersUntilItIsRebuilt() throws Exception {
    String report = publish("3", "Bladderwrack recycling crews");
    try (LibraryIndex node = node()) {
      node.bringUpToDate();
    }
    rewriteCheckpoint(LibraryIndex.FORMAT - 1, store.databaseIdentity());

    try (LibraryIndex upgraded = node()) {
      assertThat(upgraded.state().rebuildingBecause()).isEqualTo(StaleIndex.OLDER_FORMAT.reason);
      assertThat(ids(upgraded, "bladderwrack")).as("the old index answers meanwhile").contains(report);
      upgraded.bringUpToDate();
      assertThat(upgraded.state().rebuildingBecause()).isNull();
      assertThat(ids(upgraded, "bladderwrack")).contains(report);
    }
  }

  @Test
  void anIndexOfAnotherDatabaseIsNeverServed() throws Exception {
    String report = publish("4", "Samphire befriending by bus drivers");
    try (LibraryIndex node = node()) {
      node.bringUpToDate();
    }
    rewriteCheckpoint(LibraryIndex.FORMAT, "another-database");

    try (LibraryIndex moved = node()) {
      assertThat(moved.state().rebuildingBecause()).isEqualTo(StaleIndex.ANOTHER_DATABASE.reason);
      assertThat(moved.state().reports()).as("none of the other database's reports are shown").isZero();
      moved.bringUpToDate();
      assertThat(moved.state().rebuildingBecause()).isNull();
      assertThat(ids(moved, "samphire")).contains(report);
    }
  }

  @Test
  void theNodesIndexShowsInItsHealth() {
    assertThat(health.health().getDetails()).containsEntry("state", "current").containsKeys("folder", "reports",
        "lastArrival");
  }

  @Test
  void aFolderInUseIsRefusedNamingItAndTheSetting() throws Exception {
    try (LibraryIndex node = node()) {
      assertThatThrownBy(this::node).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(folder.toString()).hasMessageContaining(IndexFolder.SETTING);
    }
  }

  private LibraryIndex node() throws IOException {
    return new LibraryIndex(store, clock, folder.toString(), Duration.ofSeconds(30));
  }

  private String publish(String number, String title) {
    ReportDocument report = TestPilots.report("DISK" + run, "PIL-2026-" + number, title, "FAILED", "ENVIRONMENT",
        "Lessons of " + title);
    store.importOnce(report, "https://peer.example.org/" + run);
    return report.globalId();
  }

  /** Marks the folder's last commit as another format or database, as an older release or another council left it. */
  private void rewriteCheckpoint(int format, String database) throws IOException {
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new StandardAnalyzer()))) {
      IndexCheckpoint found = IndexCheckpoint.read(writer.getLiveCommitData());
      writer.setLiveCommitData(new IndexCheckpoint(format, database, found.sequence(), found.globalId()).userData()
          .entrySet());
      writer.commit();
    }
  }

  /** The reports in the folder's last commit: what a node started after a crash would find. */
  private List<String> committedIds() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
      List<String> ids = new java.util.ArrayList<>();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc).get(LibraryIndex.ID));
      }
      return ids;
    }
  }

  private static List<String> ids(LibraryIndex index, String words) {
    return index.search(LibraryQuery.forText(words)).hits().stream().map(SearchPage.Hit::globalId).toList();
  }
}
