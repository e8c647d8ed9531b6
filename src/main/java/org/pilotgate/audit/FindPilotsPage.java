package org.pilotgate.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.web.Labels;
import org.pilotgate.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Find pilots": the auditors' filter form and a page of results, each linking to the pilot's timeline. */
@Controller
class FindPilotsPage {

  static final String PATH = "/audit";

  private final PilotRegister register;
  private final Labels labels;

  FindPilotsPage(PilotRegister register, PilotGateProperties properties) {
    this.register = register;
    this.labels = new Labels(properties.zone());
  }

  @GetMapping(PATH)
  String find(PilotSearchParameters form, Model model) {
    Map<String, String> errors = form.errors();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("fmt", labels);
    model.addAttribute("statuses", PilotStatus.values());
    model.addAttribute("decisions", GateRuling.Decision.values());
    model.addAttribute("roles", PilotRole.values());
    if (errors.isEmpty()) {
      PilotSearch search = form.search();
      PilotRegister.Page results = register.find(search);
      model.addAttribute("results", results);
      model.addAttribute("resultCount", resultCount(results));
      model.addAttribute("pagination", Pagination.of(search.page(), results.pages(),
          number -> link(form, number)));
    }
    return "audit/find";
  }

  private String resultCount(PilotRegister.Page results) {
    if (results.moreThanTotal()) {
      return "More than %,d pilots found".formatted(results.total());
    }
    return results.total() == 0 ? "No pilots found" : labels.plural(results.total(), "pilot") + " found";
  }

  /** This search at another page. */
  private static String link(PilotSearchParameters form, int page) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("status", form.status());
    values.put("serviceArea", form.serviceArea());
    values.put("from", form.from());
    values.put("to", form.to());
    values.put("decision", form.decision());
    values.put("person", form.person());
    values.put("role", form.role());
    values.put("overrodeRecommendation", form.overrodeRecommendation());
    values.put("size", form.size());
    values.put("page", page == 1 ? null : page);
    return Pagination.link(PATH, values);
  }
}
