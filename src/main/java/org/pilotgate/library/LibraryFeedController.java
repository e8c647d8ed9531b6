package org.pilotgate.library;

import java.time.Clock;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pilotgate.PilotGateProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's Atom 1.0 feed: the newest reports, failures and successes alike, for feed readers
 * and for councils following each other. Open to everyone.
 */
@RestController
@Tag(name = "Learning library")
class LibraryFeedController {

  static final String PATH = "/library/feed.atom";
  static final int ENTRIES = 50;
  static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
  /** Entries and the feed are identified by tag URIs (RFC 4151) on the global id, the same on every host. */
  static final String TAG = "tag:pilotgate,2026:library";

  private final LibraryStore store;
  private final Clock clock;
  private final PilotGateProperties properties;
  private final CouncilNames councils;

  LibraryFeedController(LibraryStore store, PilotGateProperties properties, CouncilNames councils, Clock clock) {
    this.store = store;
    this.properties = properties;
    this.councils = councils;
    this.clock = clock;
  }

  @GetMapping(PATH)
  @Operation(summary = "Atom feed of the newest reports",
      description = "The newest " + ENTRIES + " reports in the order they arrived here (this council's and "
          + "imported ones), as Atom 1.0. Each entry links to the report's page. Answers 304 to If-None-Match "
          + "(ETag) or If-Modified-Since (Last-Modified, the latest publication date) when nothing changed.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The feed",
              content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/atom+xml")),
          @ApiResponse(responseCode = "304", description = "Nothing changed since the client's copy")})
  ResponseEntity<String> feed(WebRequest request) throws FeedException {
    List<PublishedReport> newest = store.newest(ENTRIES);
    Instant updated = newest.stream().map(r -> r.document().publishedAt()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    // the ETag changes with any arrival, also of an imported report published before the latest date
    String etag = newest.isEmpty() ? "W/\"feed-0\"" : "W/\"feed-" + newest.get(0).sequence() + "-" + newest.size() + "\"";
    if (request.checkNotModified(etag, updated == null ? -1 : updated.toEpochMilli())) {
      return null;
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String xml = new WireFeedOutput().outputString(feed(newest, updated == null ? clock.instant() : updated, base));
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(ATOM).eTag(etag)
        .cacheControl(CacheControl.noCache().cachePublic());
    if (updated != null) {
      response.lastModified(updated);
    }
    return response.body(xml);
  }

  private Feed feed(List<PublishedReport> reports, Instant updated, String base) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(TAG + ":" + properties.councilCode());
    // people read the titles and authors: the council's name; the ids keep its code
    feed.setTitle(xml("PilotGate learning library: " + councils.own()));
    feed.setSubtitle(text("Pilot reports, failures and successes alike, newest first: what was tried, what "
        + "happened and what others can learn from it."));
    feed.setUpdated(Date.from(updated));
    feed.setAlternateLinks(List.of(link("alternate", "text/html", base + "/library")));
    feed.setOtherLinks(List.of(link("self", ATOM.getType() + "/" + ATOM.getSubtype(), base + PATH)));
    Generator generator = new Generator();
    generator.setValue("PilotGate");
    feed.setGenerator(generator);
    feed.setEntries(reports.stream().map(report -> entry(report.document(), base)).toList());
    return feed;
  }

  private Entry entry(ReportDocument report, String base) {
    Entry entry = new Entry();
    entry.setId(TAG + ":report" + UriComponentsBuilder.newInstance().pathSegment(report.council(),
        report.reference()).build().encode().toUriString());
    entry.setTitle(xml((ReportDocument.FAILED.equals(report.outcome()) ? "Failed: " : "Succeeded: ") + report.title()));
    Date published = Date.from(report.publishedAt());
    entry.setPublished(published);
    entry.setUpdated(published);
    Person author = new Person();
    author.setName(xml(councils.name(report.council())));
    entry.setAuthors(List.<SyndPerson>of(author));
    entry.setAlternateLinks(List.of(link("alternate", "text/html", reportUrl(base, report))));
    String summary = Stream.of(report.summary(),
            report.lessonsForOthers() == null ? null : "Lessons for others: " + report.lessonsForOthers())
        .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining("\n\n"));
    if (!summary.isEmpty()) {
      entry.setSummary(text(summary));
    }
    List<Category> categories = new ArrayList<>();
    categories.add(category("outcome", report.outcome()));
    categories.add(category("serviceArea", report.serviceArea()));
    report.failureReasons().forEach(reason -> categories.add(category("failureReason", reason)));
    entry.setCategories(categories.stream().filter(c -> c.getTerm() != null).toList());
    return entry;
  }

  /** The absolute address of a report's page, {@code <base>/library/reports/<council>/<reference>}. */
  static String reportUrl(String base, ReportDocument report) {
    return UriComponentsBuilder.fromUriString(base).pathSegment("library", "reports", report.council(),
        report.reference()).build().encode().toUriString();
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(xml(value));
    return content;
  }

  private static Category category(String scheme, String term) {
    Category category = new Category();
    category.setScheme(TAG + ":" + scheme);
    category.setTerm(term == null ? null : xml(term));
    return category;
  }

  /** Drops characters XML 1.0 cannot carry, so one odd (perhaps imported) report cannot break the feed. */
  static String xml(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(value.length());
    value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(clean::appendCodePoint);
    return clean.toString();
  }
}
