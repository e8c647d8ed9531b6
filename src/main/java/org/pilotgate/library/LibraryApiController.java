package org.pilotgate.library;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The learning library's open JSON API: search, and each report by id. No sign-in needed. */
@RestController
@RequestMapping(LibraryApiController.PATH)
class LibraryApiController {

  static final String PATH = "/api/library/reports";

  private final LibraryIndex index;
  private final LibraryStore store;

  LibraryApiController(LibraryIndex index, LibraryStore store) {
    this.index = index;
    this.store = store;
  }

  /** Reports matching the words and filters, best first (newest first without words), a page at a time. */
  @GetMapping
  SearchPage search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String serviceArea,
      @RequestParam(required = false) String failureReason,
      @RequestParam(required = false) String council,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer evidenceLevel,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    return index.search(new LibraryQuery(q, outcome, serviceArea, failureReason, council, year, evidenceLevel,
        page, size));
  }

  /** This council's report of the pilot with that reference, e.g. PIL-2026-0007. */
  @GetMapping("/{reference}")
  ReportDocument local(@PathVariable String reference) {
    return store.findLocal(reference).map(PublishedReport::document)
        .orElseThrow(() -> notFound(reference));
  }

  /** Any report in the library by its global id, {@code <council>/<reference>}. */
  @GetMapping("/{council}/{reference}")
  ReportDocument any(@PathVariable String council, @PathVariable String reference) {
    String globalId = ReportDocument.globalId(council, reference);
    return store.find(globalId).map(PublishedReport::document).orElseThrow(() -> notFound(globalId));
  }

  private static ResponseStatusException notFound(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No published report has the id " + id);
  }
}
