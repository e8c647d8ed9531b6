package org.pilotgate.hackday;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.Submission;
import org.pilotgate.security.EngineActor;
import org.pilotgate.web.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hack days on PilotGate's own pages, for every signed-in member of staff: the list, each hack day's
 * report, and the form to submit an idea while its window is open. Whether the window is open is
 * decided by {@link HackDays}, from the record, in the same transaction that stores the idea.
 */
@Controller
class HackDayPages {

  static final String LIST = "/hack-days";
  static final String REPORT = "/hack-days/{reference}";
  static final String IDEAS = "/hack-days/{reference}/ideas";

  static final String TITLE = HackDayTasks.IDEA_TITLE;
  static final String PROBLEM = HackDayTasks.IDEA_PROBLEM;
  static final String IDEA = HackDayTasks.IDEA_TEXT;
  static final String HOURS = "hoursSaved";

  private static final Map<String, String> LABELS = Map.of(TITLE, "Your idea in a line", PROBLEM, "The problem",
      IDEA, "The idea", HOURS, "Time it would save");

  private final HackDays hackDays;
  private final LibraryStore library;
  private final HackDayDates dates;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Labels labels;

  HackDayPages(HackDays hackDays, LibraryStore library, HackDayDates dates, TransactionTemplate transaction,
      Clock clock) {
    this.labels = new Labels(dates.zone());
    this.hackDays = hackDays;
    this.library = library;
    this.dates = dates;
    this.transaction = transaction;
    this.clock = clock;
  }

  @GetMapping(LIST)
  String list(Authentication person, Model model) {
    model.addAttribute("hackDays", hackDays.all().stream().map(day -> new Listed(day, window(day))).toList());
    model.addAttribute("mayPlan", EngineActor.mayPlanHackDays(person));
    return "hackday/list";
  }

  @GetMapping(REPORT)
  String report(@PathVariable String reference, Model model, HttpServletResponse response) {
    return show(reference, model, response, Map.of(), Map.of(), HttpStatus.OK);
  }

  @PostMapping(IDEAS)
  String submit(@PathVariable String reference, Authentication person, Model model, HttpServletResponse response,
      @RequestParam Map<String, String> form) {
    HackDay day = hackDays.withReference(reference).orElse(null);
    if (day == null) {
      return notFound(response);
    }
    try {
      HackDays.NewIdea idea = read(Submission.of(form));
      transaction.executeWithoutResult(status ->
          hackDays.submit(day.id(), idea, person.getName(), clock.instant(), dates.zone()));
      return "redirect:/hack-days/" + reference + "?submitted";
    } catch (InvalidSubmission invalid) {
      return show(reference, model, response, form, Map.of(invalid.field(),
          LABELS.get(invalid.field()) + " " + invalid.problem()), HttpStatus.BAD_REQUEST);
    } catch (IdeaWindowClosed closed) {
      model.addAttribute("windowClosed", closed.getMessage());
      return show(reference, model, response, form, Map.of(), HttpStatus.CONFLICT);
    }
  }

  private static HackDays.NewIdea read(Submission form) {
    return new HackDays.NewIdea(form.line(TITLE, 200), form.text(PROBLEM, 4000), form.text(IDEA, 4000),
        form.decimal(HOURS, BigDecimal.ZERO, new BigDecimal("1000")));
  }

  private String show(String reference, Model model, HttpServletResponse response, Map<String, String> values,
      Map<String, String> errors, HttpStatus status) {
    HackDay day = hackDays.withReference(reference).orElse(null);
    if (day == null) {
      return notFound(response);
    }
    Map<String, PilotOutcome> pilotOutcomes = new LinkedHashMap<>();
    hackDays.ideas(day.id()).stream().filter(idea -> idea.pilotReference() != null).forEach(idea ->
        pilotOutcomes.put(idea.pilotReference(), outcome(idea.pilotReference())));
    response.setStatus(status.value());
    model.addAttribute("report", new HackDayReport(day, hackDays.ideas(day.id()), pilotOutcomes));
    model.addAttribute("day", day);
    model.addAttribute("open", day.takesIdeasAt(clock.instant()));
    model.addAttribute("areas", day.serviceAreas().stream().map(area -> Labels.SERVICE_AREAS.get(area.name())).toList());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("window", window(day));
    model.addAttribute("heldOn", DayMonthYear.readable(day.heldOn()));
    model.addAttribute("fmt", labels);
    return "hackday/report";
  }

  /** A started pilot's outcome once its report is in the library; until then it is still running. */
  private PilotOutcome outcome(String reference) {
    return library.findLocal(reference).map(report -> new PilotOutcome(
            ReportDocument.FAILED.equals(report.document().outcome()) ? "Stopped, failure report published"
                : "Scaled, success report published", LibraryIndex.reportPath(report.document().globalId())))
        .orElse(new PilotOutcome("Running: no report published yet", null));
  }

  /** What became of a pilot, in words, and its published report's page (null until then). */
  record PilotOutcome(String words, String reportPath) {}

  /** A hack day in the list, with its window in words. */
  record Listed(HackDay day, String window) {
    public String heldOn() {
      return DayMonthYear.readable(day.heldOn());
    }
  }

  /** "Ideas from 2 February 2027 to 6 February 2027": the window's first and last days. */
  private String window(HackDay day) {
    return DayMonthYear.readable(day.ideasOpenFrom().atZone(dates.zone()).toLocalDate()) + " to "
        + DayMonthYear.readable(day.ideasCloseAt().atZone(dates.zone()).toLocalDate().minusDays(1));
  }

  private static String notFound(HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "hackday/not-found";
  }
}
