package org.pilotgate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** For auditors: everything that happened to one pilot, oldest first, as JSON and as downloads in CSV and JSON. */
@RestController
@RequestMapping("/api/audit/pilots/{reference}")
class TimelineController {

  static final List<String> CSV_COLUMNS = List.of("at", "type", "activity", "who", "details");

  private final Timeline timeline;
  private final ObjectMapper json;

  TimelineController(Timeline timeline, ObjectMapper json) {
    this.timeline = timeline;
    this.json = json;
  }

  @GetMapping
  List<Timeline.Event> events(@PathVariable String reference) {
    return timeline.of(reference).orElseThrow(() -> noSuchPilot(reference));
  }

  @GetMapping("/timeline.json")
  ResponseEntity<List<Timeline.Event>> jsonDownload(@PathVariable String reference) {
    return download(reference, "json", MediaType.APPLICATION_JSON).body(events(reference));
  }

  /** One row per event; details as JSON, so that nothing of them is lost. */
  @GetMapping("/timeline.csv")
  ResponseEntity<String> csvDownload(@PathVariable String reference) throws IOException {
    List<Timeline.Event> events = events(reference);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out,
        CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
      for (Timeline.Event event : events) {
        csv.printRecord(event.at(), event.type(), event.activity(), event.who(), asJson(event));
      }
    }
    return download(reference, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
  }

  static ResponseStatusException noSuchPilot(String reference) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No pilot has the reference " + reference);
  }

  private static ResponseEntity.BodyBuilder download(String reference, String extension, MediaType type) {
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(reference + "-timeline." + extension).build().toString());
  }

  private String asJson(Timeline.Event event) {
    try {
      return json.writeValueAsString(event.details());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
