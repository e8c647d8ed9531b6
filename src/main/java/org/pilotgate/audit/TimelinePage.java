package org.pilotgate.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.library.web.Labels;
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
    page.addObject("rows", timeline.events(pilot).stream().map(this::row).toList());
    return page;
  }

  private Row row(Timeline.Event event) {
    return new Row(readable.time(event.at()), event.type().label(), event.activity(), event.who(),
        readable.of(event.details()));
  }
}
