package org.pilotgate.earlystop;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.process.Refused;
import org.pilotgate.security.EngineActor;
import org.pilotgate.trial.EarlyStop;
import org.pilotgate.trial.EarlyStops;
import org.pilotgate.trial.TrialNotRunning;
import org.pilotgate.trial.TrialRecord;
import org.pilotgate.web.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Stop the trial early": a manager stops a running trial from this page, with a reason. Nothing
 * waits in anyone's task list meanwhile. The page only asks; the engine decides who may stop
 * (trial.EarlyStops and the model's listeners), so the rules hold for every route.
 */
@Controller
class StopEarlyPage {

  static final String PATH = "/pilots/{reference}/stop-early";
  private static final String VIEW = "earlystop/stop-early";

  private final EarlyStops stops;
  private final EngineActor engine;

  StopEarlyPage(EarlyStops stops, EngineActor engine) {
    this.stops = stops;
    this.engine = engine;
  }

  @GetMapping(PATH)
  String form(@PathVariable String reference, Authentication person, Model model, HttpServletResponse response) {
    if (!EngineActor.isManager(person)) {
      return cannotStop(model, response, reference, HttpStatus.FORBIDDEN,
          person.getName() + " is not a manager: only managers stop a trial early.");
    }
    if (!engine.run(person, () -> stops.isRunning(reference))) {
      return cannotStop(model, response, reference, HttpStatus.CONFLICT, TrialNotRunning.explanation(reference));
    }
    return form(model, reference, null, null, Map.of());
  }

  @PostMapping(PATH)
  String stop(@PathVariable String reference, Authentication person, Model model, HttpServletResponse response,
      @RequestParam(name = TrialRecord.EARLY_STOP_REASON_CODE, required = false) String reasonCode,
      @RequestParam(name = TrialRecord.EARLY_STOP_REASON, required = false) String reason) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(TrialRecord.EARLY_STOP_REASON_CODE, reasonCode);
    values.put(TrialRecord.EARLY_STOP_REASON, reason);
    try {
      engine.run(person, () -> {
        stops.stop(reference, values);
        return null;
      });
      return "redirect:/pilots/" + reference;
    } catch (InvalidSubmission invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, reference, reasonCode, reason, Map.of(invalid.field(), readable(invalid)));
    } catch (Refused refused) {
      return cannotStop(model, response, reference, HttpStatus.FORBIDDEN, refused.getMessage());
    } catch (TrialNotRunning notRunning) {
      return cannotStop(model, response, reference, HttpStatus.CONFLICT, notRunning.getMessage());
    }
  }

  /** The field by its label, and what to do. */
  private static String readable(InvalidSubmission invalid) {
    return TrialRecord.EARLY_STOP_REASON_CODE.equals(invalid.field())
        ? "Main reason for stopping: choose one of the reasons listed"
        : "Why the trial must stop " + invalid.problem();
  }

  private static String form(Model model, String reference, String reasonCode, String reason,
      Map<String, String> errors) {
    model.addAttribute("reference", reference);
    model.addAttribute("reasons", Arrays.stream(EarlyStop.Reason.values())
        .collect(Collectors.toMap(Enum::name, code -> Labels.EARLY_STOP_REASONS.get(code.name()),
            (a, b) -> a, LinkedHashMap::new)));
    model.addAttribute("reasonCode", reasonCode);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return VIEW;
  }

  private static String cannotStop(Model model, HttpServletResponse response, String reference, HttpStatus status,
      String problem) {
    response.setStatus(status.value());
    model.addAttribute("reference", reference);
    model.addAttribute("cannotStop", problem);
    return VIEW;
  }
}
