package org.pilotgate.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.web.Labels;
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

  static final List<String> CSV_COLUMNS = List.of("When", "What happened", "Step", "Who", "Details");

  private final Timeline timeline;
  private final ReadableDetails readable;

  TimelineController(Timeline timeline, PilotGateProperties properties) {
    this.timeline = timeline;
    this.readable = new ReadableDetails(new Labels(properties.zone()));
  }

  @GetMapping
  List<Timeline.Event> events(@PathVariable String reference) {
    return timeline.of(reference).orElseThrow(() -> noSuchPilot(reference));
  }

  @GetMapping("/timeline.json")
  ResponseEntity<List<Timeline.Event>> jsonDownload(@PathVariable String reference) {
    return download(reference, "json", MediaType.APPLICATION_JSON).body(events(reference));
  }

  /**
   * One row per event, in words as the page shows it: the time in the council's zone, labels for the
   * forms' codes, a changed value's parts that changed. The JSON keeps the codes and ISO times.
   */
  @GetMapping("/timeline.csv")
  ResponseEntity<String> csvDownload(@PathVariable String reference) throws IOException {
    List<Timeline.Event> events = events(reference);
    StringWriter out = new StringWriter();
    ReadableDetails.Reading reading = readable.full();
    try (CSVPrinter csv = new CSVPrinter(out,
        CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
      for (Timeline.Event event : events) {
        csv.printRecord(readable.time(event.at()), event.type().label(), ReadableDetails.step(reference, event),
            event.who(), ReadableDetails.flat(readable.of(event, reading)));
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
}
