package org.pilotgate.library;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.pilotgate.process.ProcessData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Full-text search of the library with Apache Lucene, in a folder on this node's disk. The database
 * is the only source of truth: at start-up the index catches up with whatever arrived since it was
 * last committed, and every second with whatever arrives (published here, on another node, or
 * imported), in the order reports arrived. It is rebuilt, in the background, only when it cannot be
 * trusted (see {@link StaleIndex}); each commit records what it holds ({@link IndexCheckpoint}).
 */
@Component
public class LibraryIndex implements AutoCloseable {

  /** The shape of the documents below: raise it when they change, and every node rebuilds once. */
  static final int FORMAT = 1;
  static final String ID = "globalId";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SEQUENCE = "sequence";
  static final String OUTCOME = "outcome";
  static final String SERVICE_AREA = "serviceArea";
  static final String REASON = "failureReason";
  static final String COUNCIL = "council";
  static final String YEAR = "year";
  static final String EVIDENCE = "evidenceLevel";
  /** How the pilot ended, in words a searcher types: the gate's decision, and "stopped early". */
  static final String ENDING = "ending";
  /** Each report's {@link ReportFigures} as JSON, read column-wise when "what works" counts the matches. */
  static final String FIGURES = "figures";
  private static final int BATCH = 1000;
  /** A rebuild commits this often, so a node stopped half-way resumes from there. */
  private static final int REBUILD_COMMIT_EVERY = 100_000;
  /** Heap for documents not yet written to disk: more than Lucene's 16 MB makes a rebuild merge less. */
  private static final int WRITE_BUFFER_MB = 64;
  private static final float TITLE_BOOST = 3f;
  /** How many of a proposal's words, from its title and from its text each, the prior-work check looks up. */
  private static final int DISTINCTIVE_WORDS = 15;
  /** Words in more than this share of a library's reports do not make a report similar... */
  private static final double COMMON_SHARE = 0.05;
  /** ...once the library is large enough for a share to mean something. */
  private static final int COMMON_FROM = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(LibraryIndex.class);

  private final LibraryStore store;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexFolder folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final Clock clock;
  private final String database;
  private final Duration startUpWait;
  private final SearcherManager searchers;
  private final ReentrantLock writing = new ReentrantLock();
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "library-index");
    thread.setDaemon(true);
    return thread;
  });
  private volatile StaleIndex stale;
  private volatile boolean closing;
  /** The last scheduled catch-up could not read the database (only the scheduler touches it). */
  private boolean databaseAway;
  private long indexedUpTo;
  private String lastIndexedId = "";

  LibraryIndex(LibraryStore store, Clock clock, @Value("${" + IndexFolder.SETTING + ":}") String indexDir,
      @Value("${pilotgate.library.start-up-wait:PT10S}") Duration startUpWait) throws IOException {
    this.store = store;
    this.clock = clock;
    this.startUpWait = startUpWait;
    this.folder = IndexFolder.of(indexDir);
    this.directory = FSDirectory.open(folder.path());
    this.database = store.databaseIdentity();
    IndexWriter opened;
    try {
      opened = openWriter(OpenMode.CREATE_OR_APPEND);
      IndexCheckpoint found = IndexCheckpoint.read(opened.getLiveCommitData());
      stale = StaleIndex.of(found, FORMAT, database, store);
      if (stale == null || stale.servesMeanwhile) {
        indexedUpTo = found.sequence();
        lastIndexedId = found.globalId();
      }
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
      LOG.warn("The library's search index in {} could not be read: it is rebuilt", folder, unreadable);
      opened = openWriter(OpenMode.CREATE);
      stale = StaleIndex.UNREADABLE;
    }
    this.writer = opened;
    if (stale != null && !stale.servesMeanwhile) {
      writer.deleteAll();
    }
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Brings the index up to date in the background: catches up with the reports that arrived while
   * the node was stopped, or rebuilds it when it cannot be trusted. Start-up waits for that at most
   * {@code pilotgate.library.start-up-wait}; a longer rebuild goes on while searches answer from
   * what is indexed so far (or from the old index, when it may be trusted meanwhile).
   */
  @EventListener(ApplicationReadyEvent.class)
  void bringUpToDate() throws InterruptedException {
    Future<?> running = background.submit(() -> {
      if (stale == null) {
        long started = System.nanoTime();
        long added = catchUp();
        LOG.info("Library index in {} caught up: {} reports added in {} ms", folder, added,
            (System.nanoTime() - started) / 1_000_000);
      } else {
        rebuild(stale);
      }
    });
    try {
      running.get(startUpWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillRunning) {
      LOG.warn("The library's search index in {} goes on {} in the background; until then search and prior-work "
          + "checks answer from {}", folder, stale == null ? "catching up" : "being rebuilt (" + stale.reason + ")",
          stale == null || stale.servesMeanwhile ? "the index as it was" : "the reports indexed so far");
    } catch (ExecutionException failed) {
      LOG.error("The library's search index in {} could not be brought up to date", folder, failed.getCause());
    }
  }

  /** Builds the index again from the database, now, in the caller's thread; returns the number of reports indexed. */
  public long rebuild() {
    return rebuild(StaleIndex.REQUESTED);
  }

  private long rebuild(StaleIndex why) {
    return whileWriting(() -> {
      stale = why;
      long started = System.nanoTime();
      LOG.info("Rebuilding the library's search index in {}: {}", folder, why.reason);
      writer.deleteAll();
      indexedUpTo = 0;
      lastIndexedId = "";
      if (!why.servesMeanwhile) {
        searchers.maybeRefreshBlocking();
      }
      long indexed = indexArrivals(REBUILD_COMMIT_EVERY, !why.servesMeanwhile);
      commitIfChanged(false);
      searchers.maybeRefreshBlocking();
      stale = closing ? stale : null;
      LOG.info("Library index built: {} reports in {} ms", indexed, (System.nanoTime() - started) / 1_000_000);
      return indexed;
    });
  }

  /**
   * Adds the reports stored since the last call and commits them to disk; returns how many. The next
   * call starts again from any gap in the arrival numbers that may still fill (see {@link ArrivalOrder}).
   */
  public long catchUp() {
    return whileWriting(() -> {
      long added = indexArrivals(Long.MAX_VALUE, true);
      commitIfChanged(true);
      return added;
    });
  }

  /**
   * Adds the reports stored since the last call and makes them searchable at once, leaving the commit
   * to disk (a few file syncs) to the next scheduled {@link #catchUp}. If the node stops before it,
   * the index's last checkpoint is older and the next start catches up from there.
   */
  private void showNewArrivals() {
    whileWriting(() -> {
      indexArrivals(Long.MAX_VALUE, true);
      searchers.maybeRefreshBlocking();
      return null;
    });
  }

  /** Runs {@code work} as the only writer of the index (a rebuild, a catch-up, a publication). */
  private <T> T whileWriting(IOSupplier<T> work) {
    writing.lock();
    try {
      return work.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writing.unlock();
    }
  }

  /**
   * Every second, unless a rebuild is under way (it reads to the end of the arrivals itself). While the
   * database is away this says so once, not with a stack trace every second, and once more when it is back.
   */
  @Scheduled(fixedDelayString = "${pilotgate.library.index-refresh-millis:1000}")
  void keepUp() {
    if (stale == null && writing.tryLock()) {
      try {
        catchUp();
        if (databaseAway) {
          databaseAway = false;
          LOG.info("The library's search index catches up with the database again");
        }
      } catch (DataAccessException e) {
        if (!databaseAway) {
          databaseAway = true;
          LOG.warn("The library's search index cannot read the database; it catches up when it can: {}",
              e.getMostSpecificCause().getMessage());
        }
      } finally {
        writing.unlock();
      }
    }
  }

  /**
   * This node's own publication is searchable as soon as it commits (the schedule above catches up
   * with other nodes' and peers' reports and writes them to disk). A failure here leaves the report for
   * the schedule: the publishing step has committed and must not be reported as failed.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void published(ReportPublished published) {
    if (stale != null) {
      return;
    }
    try {
      showNewArrivals();
    } catch (RuntimeException e) {
      LOG.warn("Could not index {} at once; the next scheduled catch-up will", published.reference(), e);
    }
  }

  /** What an operator needs to know about this node's index (shown by {@link LibraryIndexHealth}). */
  IndexState state() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return new IndexState(folder.toString(), searcher.getIndexReader().numDocs(), indexedUpTo,
            stale == null ? null : stale.reason);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record IndexState(String folder, int reports, long lastArrival, String rebuildingBecause) {}

  /** Ranked by relevance when there are words (English stemming, title counts most), else newest first. */
  public SearchPage search(LibraryQuery query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query words = query.hasText() ? parse(query.text()) : null;
        Query filtered = filtered(words == null ? new MatchAllDocsQuery() : words, query);
        int wanted = query.page() * query.size();
        TopDocs top = words == null
            ? searcher.search(filtered, wanted, new Sort(new SortField(SEQUENCE, SortField.Type.LONG, true)))
            : searcher.search(filtered, wanted);
        ScoreDoc[] page = pageOf(top.scoreDocs, query);
        String[] snippets = words == null ? new String[page.length] : snippets(searcher, words, page);
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
          hits.add(hit(searcher.storedFields().document(page[i].doc), snippets[i], page[i].score));
        }
        return new SearchPage(top.totalHits.value, query.page(), query.size(), hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What works among the reports the query's words and filters match (its page and size do not
   * matter): one pass over the matching reports' figures, stored beside them in the index.
   */
  public WhatWorks whatWorks(LibraryQuery query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query words = query.hasText() ? parse(query.text()) : null;
        FiguresCollector figures = new FiguresCollector();
        searcher.search(filtered(words == null ? new MatchAllDocsQuery() : words, query), figures);
        return WhatWorks.of(figures.collected);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The reports most like a proposal's text (title, problem, hypothesis, intervention), the same
   * service area counting extra; only those scoring at least {@code minimumSimilarity}. The proposal
   * is reduced to its most distinctive words: words found in a large share of the library tell no
   * report apart and are the costliest to look up (their lists of reports are the longest).
   */
  public List<PriorWorkMatch> similarTo(String title, String text, String serviceArea, int limit,
      double minimumSimilarity) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        MoreLikeThis likeThis = new MoreLikeThis(searcher.getIndexReader());
        likeThis.setAnalyzer(analyzer);
        likeThis.setFieldNames(new String[] {TITLE, TEXT});
        likeThis.setMinTermFreq(1);
        likeThis.setMinDocFreq(1);
        likeThis.setMinWordLen(3);
        likeThis.setMaxQueryTerms(DISTINCTIVE_WORDS);
        likeThis.setMaxDocFreq(Math.max(COMMON_FROM, (int) (searcher.getIndexReader().numDocs() * COMMON_SHARE)));
        likeThis.setBoost(true);
        BooleanQuery.Builder like = new BooleanQuery.Builder()
            .add(new BoostQuery(likeThis.like(TITLE, new StringReader(title)), TITLE_BOOST), Occur.SHOULD)
            .add(likeThis.like(TEXT, new StringReader(title + "\n" + text)), Occur.SHOULD);
        if (serviceArea != null) {
          like.add(new TermQuery(new Term(SERVICE_AREA, serviceArea)), Occur.SHOULD);
        }
        TopDocs top = searcher.search(like.build(), limit);
        List<PriorWorkMatch> matches = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
          if (scored.score >= minimumSimilarity) {
            Document found = searcher.storedFields().document(scored.doc);
            matches.add(new PriorWorkMatch(found.get(ID), found.get(TITLE), found.get(OUTCOME), found.get(COUNCIL),
                found.get(SERVICE_AREA), Math.round(scored.score * 100) / 100.0, reportPath(found.get(ID))));
          }
        }
        return matches;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String reportPath(String globalId) {
    return "/library/reports/" + globalId;
  }

  /** Stops a rebuild at its next batch (what it committed is kept), then closes the folder. */
  @Override
  public void close() throws IOException {
    closing = true;
    background.shutdown();
    writing.lock();
    try {
      commitIfChanged(false);
      searchers.close();
      writer.close();
      directory.close();
      folder.removeIfTemporary();
    } finally {
      writing.unlock();
    }
  }

  /**
   * Indexes the reports that arrived after {@link #indexedUpTo}, committing every {@code commitEvery}
   * with a checkpoint of what the index then holds; what is left uncommitted is the caller's to commit.
   */
  private long indexArrivals(long commitEvery, boolean refreshOnCommit) throws IOException {
    long added = 0;
    long uncommitted = 0;
    List<PublishedReport> batch;
    do {
      batch = store.after(indexedUpTo, BATCH);
      for (PublishedReport report : batch) {
        writer.updateDocument(new Term(ID, report.document().globalId()), toDocument(report));
      }
      added += batch.size();
      uncommitted += batch.size();
      List<PublishedReport> settled = ArrivalOrder.settled(indexedUpTo, batch, clock.instant());
      if (!settled.isEmpty()) {
        PublishedReport last = settled.get(settled.size() - 1);
        indexedUpTo = last.sequence();
        lastIndexedId = last.document().globalId();
      }
      if (uncommitted >= commitEvery) {
        commit(refreshOnCommit);
        uncommitted = 0;
        LOG.info("Library index: {} reports indexed so far, up to arrival {}", added, indexedUpTo);
      }
      if (settled.size() < batch.size()) {
        break;
      }
    } while (batch.size() == BATCH && !closing);
    return added;
  }

  private void commitIfChanged(boolean refresh) throws IOException {
    if (writer.hasUncommittedChanges()) {
      commit(refresh);
    }
  }

  private void commit(boolean refresh) throws IOException {
    writer.setLiveCommitData(new IndexCheckpoint(FORMAT, database, indexedUpTo, lastIndexedId).userData()
        .entrySet());
    writer.commit();
    if (refresh) {
      searchers.maybeRefreshBlocking();
    }
  }

  private IndexWriter openWriter(OpenMode mode) throws IOException {
    try {
      return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode)
          .setRAMBufferSizeMB(WRITE_BUFFER_MB));
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException("The library's search index in " + folder + " is in use by another "
          + "process: each node needs a folder of its own (" + IndexFolder.SETTING + ")", e);
    }
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT, ENDING}, analyzer,
        java.util.Map.of(TITLE, TITLE_BOOST, TEXT, 1f, ENDING, 1f));
    parser.setDefaultOperator(QueryParser.Operator.OR);
    try {
      return parser.parse(text);
    } catch (ParseException notLuceneSyntax) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException e) {
        return new MatchAllDocsQuery();
      }
    }
  }

  private static Query filtered(Query query, LibraryQuery filters) {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.MUST);
    filter(all, OUTCOME, filters.outcome());
    filter(all, SERVICE_AREA, filters.serviceArea());
    filter(all, REASON, filters.failureReason());
    filter(all, COUNCIL, filters.council());
    filter(all, YEAR, filters.year() == null ? null : filters.year().toString());
    filter(all, EVIDENCE, filters.evidenceLevel() == null ? null : filters.evidenceLevel().toString());
    return all.build();
  }

  private static void filter(BooleanQuery.Builder all, String field, String value) {
    if (value != null && !value.isBlank()) {
      all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] top, LibraryQuery query) {
    int from = Math.min((query.page() - 1) * query.size(), top.length);
    return java.util.Arrays.copyOfRange(top, from, Math.min(from + query.size(), top.length));
  }

  private String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .build();
    TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
        org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
    return highlighter.highlight(TEXT, words, pageDocs, 2);
  }

  private static SearchPage.Hit hit(Document found, String snippet, float score) {
    String evidence = found.get(EVIDENCE);
    return new SearchPage.Hit(found.get(ID), found.get(COUNCIL), found.get("reference"), found.get(TITLE),
        found.get(OUTCOME), found.get(SERVICE_AREA), Integer.parseInt(found.get(YEAR)),
        evidence == null ? null : Integer.valueOf(evidence), snippet, Float.isNaN(score) ? 0 : score);
  }

  /** The gate's decision as a word ("STOP" is found by "stop", "stopped", "stopping") and an early stop. */
  private static String ending(ReportDocument report) {
    String decision = report.gate() == null ? "" : report.gate().decision();
    return report.trial() != null && report.trial().stoppedEarly() != null ? decision + " stopped early" : decision;
  }

  /** Reads each matching report's figures from the index's column of them, segment by segment. */
  private static final class FiguresCollector extends SimpleCollector {
    private final List<ReportFigures> collected = new ArrayList<>();
    private BinaryDocValues figures;

    @Override
    protected void doSetNextReader(LeafReaderContext segment) throws IOException {
      figures = DocValues.getBinary(segment.reader(), FIGURES);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (figures.advanceExact(doc)) {
        collected.add(ProcessData.read(figures.binaryValue().utf8ToString(), ReportFigures.class));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static Document toDocument(PublishedReport report) {
    ReportDocument r = report.document();
    Document doc = new Document();
    doc.add(new StringField(ID, r.globalId(), Field.Store.YES));
    doc.add(new StoredField("reference", r.reference()));
    doc.add(new TextField(TITLE, r.title(), Field.Store.YES));
    doc.add(new TextField(TEXT, r.narrative(), Field.Store.YES));
    doc.add(new TextField(ENDING, ending(r), Field.Store.NO));
    doc.add(new StringField(OUTCOME, r.outcome(), Field.Store.YES));
    doc.add(new StringField(SERVICE_AREA, r.serviceArea(), Field.Store.YES));
    doc.add(new StringField(COUNCIL, r.council(), Field.Store.YES));
    doc.add(new StringField(YEAR, Integer.toString(r.year()), Field.Store.YES));
    if (r.evidenceLevel() != null) {
      doc.add(new StringField(EVIDENCE, r.evidenceLevel().toString(), Field.Store.YES));
    }
    r.failureReasons().forEach(reason -> doc.add(new StringField(REASON, reason, Field.Store.YES)));
    doc.add(new BinaryDocValuesField(FIGURES, new BytesRef(ProcessData.write(ReportFigures.of(r)))));
    doc.add(new NumericDocValuesField(SEQUENCE, report.sequence()));
    doc.add(new LongPoint(SEQUENCE, report.sequence()));
    return doc;
  }
}
