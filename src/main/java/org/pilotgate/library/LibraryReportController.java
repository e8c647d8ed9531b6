package org.pilotgate.library;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The public, read-only JSON view of the learning library. No sign-in needed. */
@RestController
@RequestMapping(LibraryReportController.PATH)
class LibraryReportController {

  static final String PATH = "/api/library/reports";

  private final LibraryReports library;

  LibraryReportController(LibraryReports library) {
    this.library = library;
  }

  @GetMapping("/{id}")
  LibraryReport report(@PathVariable String id) {
    return library.find(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No published report has the id " + id));
  }
}
