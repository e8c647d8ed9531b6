package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

  /** One event as the page shows it. */
  record Row(String when, String what, String step, String who, List<ReadableDetails.Line> details) {}

  private static final Set<EventType> VALUE_EVENTS = EnumSet.of(EventType.VARIABLE_SET, EventType.VARIABLE_CHANGED);

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
    this.readable = new ReadableDetails(properties.zone());
    this.labels = new Labels(properties.zone());
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
    page.addObject("chain", chain.verify(reference));
    page.addObject("rows", rows(timeline.events(pilot)));
    return page;
  }

  /** One row per event, except that values set together (same kind, step and person) share a row. */
  private List<Row> rows(List<Timeline.Event> events) {
    List<List<Timeline.Event>> runs = new ArrayList<>();
    for (Timeline.Event event : events) {
      List<Timeline.Event> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && valuesSetTogether(last.get(0), event)) {
        last.add(event);
      } else {
        runs.add(new ArrayList<>(List.of(event)));
      }
    }
    return runs.stream().map(this::row).toList();
  }

  private static boolean valuesSetTogether(Timeline.Event first, Timeline.Event next) {
    return VALUE_EVENTS.contains(first.type()) && next.type() == first.type()
        && Objects.equals(first.who(), next.who()) && Objects.equals(first.activity(), next.activity());
  }

  private Row row(List<Timeline.Event> run) {
    Timeline.Event first = run.get(0);
    Map<String, Object> details = first.details();
    if (VALUE_EVENTS.contains(first.type())) {
      details = new LinkedHashMap<>();
      for (Timeline.Event value : run) {
        details.put((String) value.details().get("name"), value.type() == EventType.VARIABLE_CHANGED
            ? change(value.details().get("oldValue"), value.details().get("value"))
            : shown(value.details().get("value")));
      }
    }
    return new Row(readable.time(first.at()), first.type().label(), first.activity(), first.who(),
        readable.of(details));
  }

  private static Map<String, Object> change(Object from, Object to) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("from", shown(from));
    change.put("to", shown(to));
    return change;
  }

  private static Object shown(Object value) {
    return value == null ? "(empty)" : value;
  }
}
