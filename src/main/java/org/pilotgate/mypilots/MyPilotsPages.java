package org.pilotgate.mypilots;

import java.security.Principal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.partners.PartnerSuggestions;
import org.pilotgate.web.Labels;
import org.pilotgate.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "My pilots" for every signed-in person: the pilots they are involved in, and each one's page.
 * A pilot the viewer may not read is answered as one that does not exist.
 */
@Controller
class MyPilotsPages {

  static final String PATH = "/pilots";

  private final MyPilots myPilots;
  private final PilotDetails details;
  private final IdentityService identity;
  private final Labels labels;
  private final PartnerSuggestions suggestions;

  MyPilotsPages(MyPilots myPilots, PilotDetails details, IdentityService identity, PilotGateProperties properties,
      PartnerSuggestions suggestions) {
    this.myPilots = myPilots;
    this.suggestions = suggestions;
    this.details = details;
    this.identity = identity;
    this.labels = new Labels(properties.zone());
  }

  @GetMapping(PATH)
  ModelAndView list(@RequestParam(name = "page", defaultValue = "1") String page, Principal principal) {
    Integer number = pageNumber(page);
    if (number == null) {
      return problem(HttpStatus.BAD_REQUEST, "There is no such page",
          "Page must be a whole number from 1, for example 2.");
    }
    MyPilots.Listing listing = myPilots.of(Viewer.of(principal.getName(), identity), number - 1);
    return new ModelAndView("mypilots/list", Map.of("fmt", labels, "listing", listing,
        "pagination", Pagination.of(number, listing.pages(), n -> Pagination.link(PATH, Map.of("page", n)))));
  }

  @GetMapping(PATH + "/{reference}")
  ModelAndView pilot(@PathVariable String reference, Principal principal) {
    Viewer viewer = Viewer.of(principal.getName(), identity);
    return myPilots.one(viewer, reference)
        .map(row -> new ModelAndView("mypilots/pilot", Map.of("fmt", labels, "detail", details.of(row, viewer),
            "suggested", suggestions.of(row.pilot().reference()))))
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Pilot not found",
            "None of your pilots has the reference " + reference + ". Check the reference, or find it on My pilots."));
  }

  /** The page asked for, counted from 1; null for anything else. */
  private static Integer pageNumber(String page) {
    try {
      int number = Integer.parseInt(page.strip());
      return number >= 1 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ModelAndView problem(HttpStatus status, String heading, String message) {
    ModelAndView page = new ModelAndView("mypilots/problem", Map.of("heading", heading, "message", message));
    page.setStatus(status);
    return page;
  }
}
