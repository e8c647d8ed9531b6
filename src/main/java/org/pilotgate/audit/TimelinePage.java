package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.web.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The auditors' page of one pilot: what it is, whether its audit chain is intact, and everything that happened to it. */
@Controller
class TimelinePage {

  /** One event as the page shows it; {@code anchor} is set when a later row points back at it. */
  record Row(String when, String what, String step, String who, List<ReadableDetails.Line> details, String anchor) {}

  private static final Set<EventType> VALUE_EVENTS = EnumSet.of(EventType.VARIABLE_SET, EventType.VARIABLE_CHANGED);
  private static final Set<EventType> STEP_EVENTS = EnumSet.of(EventType.ACTIVITY_STARTED, EventType.ACTIVITY_ENDED,
      EventType.ACTIVITY_CANCELLED);

  private static final Map<String, String> STATES = Map.of(
      "ACTIVE", "Running",
      "SUSPENDED", "Suspended",
      "COMPLETED", "Finished",
      "EXTERNALLY_TERMINATED", "Cancelled by hand",
      "INTERNALLY_TERMINATED", "Ended early");

  private final Timeline timeline;
  private final AuditChain chain;
  private final ReadableDetails readable;
  private final Labels labels;

  TimelinePage(Timeline timeline, AuditChain chain, PilotGateProperties properties) {
    this.timeline = timeline;
    this.chain = chain;
    this.labels = new Labels(properties.zone());
    this.readable = new ReadableDetails(labels);
  }

  @GetMapping("/audit/pilots/{reference}")
  ModelAndView pilot(@PathVariable String reference) {
    Optional<Timeline.Summary> found = timeline.summary(reference);
    if (found.isEmpty()) {
      ModelAndView notFound = new ModelAndView("audit/timeline-not-found", Map.of("reference", reference));
      notFound.setStatus(HttpStatus.NOT_FOUND);
      return notFound;
    }
    Timeline.Summary pilot = found.get();
    ModelAndView page = new ModelAndView("audit/timeline");
    page.addObject("pilot", pilot);
    page.addObject("serviceArea", labels.serviceArea(pilot.serviceArea()));
    page.addObject("state", STATES.getOrDefault(pilot.state(), pilot.state()));
    page.addObject("currentSteps", timeline.currentSteps(pilot));
    page.addObject("started", readable.time(pilot.started()));
    page.addObject("ended", readable.time(pilot.ended()));
    AuditChain.Verification verification = chain.verify(reference);
    page.addObject("chain", verification);
    page.addObject("breaks", AuditChainPage.breaks(verification));
    page.addObject("rows", rows(pilot.reference(), timeline.events(pilot)));
    return page;
  }

  /**
   * One row per event, except that values set together (same kind, step and person) share a row, and
   * a step that started and finished at the same moment (a gateway, an event) is one row. A long value
   * shown once is referred to afterwards rather than repeated.
   */
  private List<Row> rows(String reference, List<Timeline.Event> events) {
    List<List<Timeline.Event>> runs = new ArrayList<>();
    Set<Timeline.Event> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < events.size(); i++) {
      Timeline.Event event = events.get(i);
      if (merged.contains(event)) {
        continue;
      }
      List<Timeline.Event> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && valuesSetTogether(last.get(0), event)) {
        last.add(event);
        continue;
      }
      List<Timeline.Event> run = new ArrayList<>(List.of(event));
      endedAtOnce(events, i).ifPresent(end -> {
        run.add(end);
        merged.add(end);
      });
      runs.add(run);
    }
    ReadableDetails.Reading reading = readable.once();
    List<String> anchors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      anchors.add(null);
      rows.add(row(reference, runs.get(i), reading, i, anchors));
    }
    return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> anchors.get(i) == null ? rows.get(i)
        : withAnchor(rows.get(i), anchors.get(i))).toList();
  }

  /**
   * The end of a gateway or an event that finished within the minute it started (as the page shows
   * times): one row then says both. Tasks and sub-processes keep two rows, since what happened in them
   * lies between.
   */
  private Optional<Timeline.Event> endedAtOnce(List<Timeline.Event> events, int start) {
    Timeline.Event started = events.get(start);
    String type = String.valueOf(started.details().get(Timeline.ACTIVITY_TYPE));
    if (started.type() != EventType.ACTIVITY_STARTED || type.endsWith("Task") || type.equals("subProcess")
        || type.equals("callActivity")) {
      return Optional.empty();
    }
    Object activity = started.details().get(Timeline.ACTIVITY_ID);
    String minute = readable.time(started.at());
    for (int j = start + 1; j < events.size() && readable.time(events.get(j).at()).equals(minute); j++) {
      Timeline.Event next = events.get(j);
      if (STEP_EVENTS.contains(next.type()) && Objects.equals(next.details().get(Timeline.ACTIVITY_ID), activity)) {
        return next.type() == EventType.ACTIVITY_ENDED ? Optional.of(next) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean valuesSetTogether(Timeline.Event first, Timeline.Event next) {
    return VALUE_EVENTS.contains(first.type()) && next.type() == first.type()
        && Objects.equals(first.who(), next.who()) && Objects.equals(first.activity(), next.activity());
  }

  private Row row(String reference, List<Timeline.Event> run, ReadableDetails.Reading reading, int index,
      List<String> anchors) {
    Timeline.Event first = run.get(0);
    String when = readable.time(first.at());
    reading.at(new ReadableDetails.Shown(when, "event-" + index));
    String what = STEP_EVENTS.contains(first.type()) && run.size() > 1 ? "Step started and finished"
        : first.type().label();
    List<ReadableDetails.Line> details = new ArrayList<>();
    if (VALUE_EVENTS.contains(first.type())) {
      List<String> unchanged = new ArrayList<>();
      for (Timeline.Event value : run) {
        if (ReadableDetails.unchanged(value)) {
          unchanged.add(ReadableDetails.words((String) value.details().get(Timeline.VARIABLE)));
        } else {
          details.addAll(readable.of(value, reading));
        }
      }
      if (!unchanged.isEmpty()) {
        details.add(new ReadableDetails.Line("Set again, unchanged", String.join("; ", unchanged)));
      }
    } else {
      details.addAll(readable.of(first, reading));
    }
    markReferences(details, anchors);
    return new Row(when, what, ReadableDetails.step(reference, first), first.who(), details, null);
  }

  /** Remembers which earlier rows the lines point back at, so that those rows get their anchor. */
  private static void markReferences(List<ReadableDetails.Line> lines, List<String> anchors) {
    for (ReadableDetails.Line line : lines) {
      if (line.ref() != null) {
        int row = Integer.parseInt(line.ref().substring("event-".length()));
        anchors.set(row, line.ref());
      }
      markReferences(line.parts(), anchors);
    }
  }

  private static Row withAnchor(Row row, String anchor) {
    return new Row(row.when(), row.what(), row.step(), row.who(), row.details(), anchor);
  }
}
