package org.pilotgate.library;

import static org.pilotgate.library.SpreadsheetCells.cell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open-data export of the library as JSON ({@code docs/library-export.schema.json}) and CSV, and the
 * feed peers import from: {@code export.json?after=<sequence>&origin=local} gives this council's own
 * reports that arrived after that sequence, oldest first. Open to everyone.
 *
 * <p>Without {@code after} and {@code limit} the export holds every report; with either, one page of
 * at most {@code limit} reports (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}) after
 * {@code after} (default 0). Both send an ETag and answer 304 to a matching If-None-Match.
 */
@RestController
@RequestMapping("/api/library")
@Tag(name = "Learning library")
class LibraryExportController {

  static final int DEFAULT_LIMIT = 500;
  static final int MAX_LIMIT = 1000;
  private static final int BATCH = 1000;

  static final List<String> CSV_COLUMNS = List.of("globalId", "council", "reference", "outcome", "title",
      "serviceArea", "publishedAt", "evidenceLevel", "failureReasonCodes", "budgetRequested", "costSpent",
      "lessonsForOthers", "url");

  private final LibraryStore store;
  private final ObjectMapper json;

  LibraryExportController(LibraryStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  @GetMapping("/export.json")
  @Operation(summary = "Export reports as JSON",
      description = "Every report as {\"reports\": [{\"sequence\": s, \"report\": <report>}...], \"lastSequence\": n}, "
          + "oldest first (docs/library-export.schema.json). With `after` or `limit`, one page after that sequence; "
          + "`lastSequence` is the last one's sequence, or `after` when the page is empty: pass it as the next "
          + "`after`. `origin=local` keeps this council's own reports only (what peers import).",
      responses = {
          @ApiResponse(responseCode = "200", description = "The reports",
              content = @Content(mediaType = "application/json")),
          @ApiResponse(responseCode = "304", description = "Nothing changed since the client's ETag"),
          @ApiResponse(responseCode = "400", description = "An invalid parameter")})
  void exportJson(
      @Parameter(description = "Only reports that arrived after this sequence") @RequestParam(required = false) Long after,
      @Parameter(description = "At most this many reports (default 500, at most 1000)") @RequestParam(required = false) Integer limit,
      @Parameter(description = "`local`: only this council's own reports, not those imported from peers")
      @RequestParam(required = false) String origin,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    Selection selection = select(after, limit, origin);
    if (notModified(selection, request, response)) {
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
      out.writeStartObject();
      out.writeArrayFieldStart("reports");
      long last = selection.each(report -> {
        try {
          out.writeStartObject();
          out.writeNumberField("sequence", report.sequence());
          out.writeFieldName("report");
          out.writeObject(report.document());
          out.writeEndObject();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      out.writeEndArray();
      out.writeNumberField("lastSequence", last);
      out.writeEndObject();
    }
  }

  @GetMapping("/export.csv")
  @Operation(summary = "Export reports as CSV",
      description = "One row per report with its main flat fields, oldest first, after a header row: "
          + "globalId, council, reference, outcome, title, serviceArea, publishedAt, evidenceLevel, "
          + "failureReasonCodes (separated by spaces), budgetRequested, costSpent, lessonsForOthers, url. "
          + "Text that begins with = + - @ gets a leading ' so that spreadsheets do not run it as a formula. "
          + "Takes the same parameters as export.json.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The reports", content = @Content(mediaType = "text/csv")),
          @ApiResponse(responseCode = "304", description = "Nothing changed since the client's ETag"),
          @ApiResponse(responseCode = "400", description = "An invalid parameter")})
  void exportCsv(@RequestParam(required = false) Long after, @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String origin, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Selection selection = select(after, limit, origin);
    if (notModified(selection, request, response)) {
      return;
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"pilotgate-library.csv\"");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
        StandardCharsets.UTF_8)), format)) {
      selection.each(report -> {
        try {
          csv.printRecord(row(report.document(), base));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  private static List<String> row(ReportDocument report, String base) {
    return List.of(cell(report.globalId()), cell(report.council()), cell(report.reference()), cell(report.outcome()),
        cell(report.title()), cell(report.serviceArea()),
        report.publishedAt() == null ? "" : report.publishedAt().toString(),
        report.evidenceLevel() == null ? "" : report.evidenceLevel().toString(),
        cell(String.join(" ", report.failureReasons())), number(report.budgetRequested()),
        number(report.costSpent()), cell(report.lessonsForOthers()), LibraryFeedController.reportUrl(base, report));
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private Selection select(Long after, Integer limit, String origin) {
    if (origin != null && !PublishedReport.LOCAL.equals(origin)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "origin can only be 'local' (this council's own reports); leave it out for all reports");
    }
    if (limit != null && limit < 1) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be at least 1");
    }
    boolean localOnly = origin != null;
    if (after == null && limit == null) {
      return new Everything(localOnly);
    }
    long from = after == null ? 0 : after;
    int size = Math.min(limit == null ? DEFAULT_LIMIT : limit, MAX_LIMIT);
    return new Page(from, localOnly ? store.localAfter(from, size) : store.after(from, size));
  }

  /** Sets the ETag and answers 304 when the client's copy is current. */
  private static boolean notModified(Selection selection, HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
    return new ServletWebRequest(request, response).checkNotModified(selection.etag());
  }

  /** The reports an export holds: known before the body is written, so the ETag can be sent first. */
  private sealed interface Selection permits Page, Everything {
    String etag();

    /** Hands each report over, oldest first; returns the lastSequence to report. */
    long each(Consumer<PublishedReport> action);
  }

  private record Page(long after, List<PublishedReport> reports) implements Selection {
    public String etag() {
      return "W/\"" + lastSequence() + "-" + reports.size() + "\"";
    }

    public long each(Consumer<PublishedReport> action) {
      reports.forEach(action);
      return lastSequence();
    }

    private long lastSequence() {
      return reports.isEmpty() ? after : reports.get(reports.size() - 1).sequence();
    }
  }

  /**
   * Every report (or every local one), read in batches up to the newest when the export began, so
   * the body matches its ETag even if reports arrive while it is written.
   */
  private final class Everything implements Selection {
    private final boolean localOnly;
    private final long upTo;
    private final long count;

    Everything(boolean localOnly) {
      this.localOnly = localOnly;
      this.upTo = store.newest(1).stream().mapToLong(PublishedReport::sequence).findFirst().orElse(0);
      this.count = store.count();
    }

    public String etag() {
      // any arrival changes it, also for origin=local: a cheap tag that is never stale
      return "W/\"" + upTo + "-" + count + (localOnly ? "-local" : "") + "\"";
    }

    public long each(Consumer<PublishedReport> action) {
      long last = 0;
      while (true) {
        List<PublishedReport> batch = localOnly ? store.localAfter(last, BATCH) : store.after(last, BATCH);
        for (PublishedReport report : batch) {
          if (report.sequence() > upTo) {
            return last;
          }
          action.accept(report);
          last = report.sequence();
        }
        if (batch.size() < BATCH) {
          return last;
        }
      }
    }
  }
}
