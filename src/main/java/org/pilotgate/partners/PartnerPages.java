package org.pilotgate.partners;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.security.EngineActor;
import org.pilotgate.web.Labels;
import org.pilotgate.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partner register's pages: the list, each partner's page, and adding, editing and ending a
 * partner. Every signed-in member of staff reads; champions and administrators change
 * ({@link Editors}). An edit names the version it began from, so two champions editing at once
 * cannot overwrite each other unseen.
 */
@Controller
class PartnerPages {

  static final String REGISTER = "/partners";
  static final int PAGE_SIZE = 25;
  static final String VERSION = "version";

  private final PartnerRegister register;
  private final PartnerChoices choices;
  private final PartnerPilots pilots;
  private final Labels labels;

  PartnerPages(PartnerRegister register, PartnerChoices choices, PartnerPilots pilots, PilotGateProperties properties) {
    this.register = register;
    this.choices = choices;
    this.pilots = pilots;
    this.labels = new Labels(properties.zone());
  }

  @GetMapping(REGISTER)
  String list(@RequestParam(defaultValue = "1") int page, Authentication person, Model model) {
    List<Partner> all = register.all();
    int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.max(1, page);
    model.addAttribute("rows", all.stream().skip((long) (shown - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList());
    model.addAttribute("total", all.size());
    model.addAttribute("pagination", Pagination.of(shown, pages, number -> Pagination.link(REGISTER, Map.of("page", number))));
    return common(model, person, "partners/register");
  }

  @GetMapping(REGISTER + "/{id:\\d+}")
  String partner(@PathVariable long id, Authentication person, Model model) {
    Partner partner = existing(id);
    model.addAttribute("partner", partner);
    model.addAttribute("pilots", pilots.of(partner));
    return common(model, person, "partners/partner");
  }

  @GetMapping(REGISTER + "/new")
  String newPartner(Authentication person, Model model) {
    Editors.require(person);
    return form(model, person, null, Map.of(), Map.of(), null);
  }

  @PostMapping(REGISTER)
  String add(@RequestParam MultiValueMap<String, String> values, Authentication person, Model model,
      HttpServletResponse response) {
    Editors.require(person);
    PartnerEntry.Checked entry = PartnerEntry.read(values::get, choices);
    if (!entry.valid()) {
      return refused(response, model, person, null, values, entry.problems(), null);
    }
    try {
      return "redirect:" + REGISTER + "/" + register.add(entry.details(), person.getName());
    } catch (NameTaken taken) {
      return refused(response, model, person, null, values, Map.of(PartnerFields.NAME, taken.getMessage()), null);
    }
  }

  @GetMapping(REGISTER + "/{id:\\d+}/edit")
  String edit(@PathVariable long id, Authentication person, Model model) {
    Editors.require(person);
    Partner partner = existing(id);
    return form(model, person, partner, PartnerFields.values(partner.details()), Map.of(), partner.version());
  }

  @PostMapping(REGISTER + "/{id:\\d+}")
  String change(@PathVariable long id, @RequestParam MultiValueMap<String, String> values,
      @RequestParam(name = VERSION, required = false) Integer version, Authentication person, Model model,
      HttpServletResponse response) {
    Editors.require(person);
    Partner partner = existing(id);
    PartnerEntry.Checked entry = PartnerEntry.read(values::get, choices);
    if (version == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The edit does not say which version of the partner it began from");
    }
    if (!entry.valid()) {
      return refused(response, model, person, partner, values, entry.problems(), version);
    }
    try {
      register.change(id, version, entry.details(), person.getName());
      return "redirect:" + REGISTER + "/" + id;
    } catch (NameTaken taken) {
      return refused(response, model, person, partner, values, Map.of(PartnerFields.NAME, taken.getMessage()), version);
    } catch (ChangedBySomeoneElse changed) {
      // the form shows the values now saved, so the champion sees the other edit before making theirs again
      Partner now = existing(id);
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", changed.getMessage());
      return form(model, person, now, PartnerFields.values(now.details()), Map.of(), now.version());
    }
  }

  @PostMapping(REGISTER + "/{id:\\d+}/end")
  String end(@PathVariable long id, @RequestParam(name = VERSION) int version, Authentication person, Model model,
      HttpServletResponse response) {
    Editors.require(person);
    Partner partner = existing(id);
    try {
      register.change(id, version, partner.details().ended(), person.getName());
      return "redirect:" + REGISTER + "/" + id;
    } catch (ChangedBySomeoneElse changed) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", changed.getMessage());
      return partner(id, person, model);
    }
  }

  private Partner existing(long id) {
    return register.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner " + id));
  }

  private String refused(HttpServletResponse response, Model model, Authentication person, Partner partner,
      Map<String, List<String>> values, Map<String, String> problems, Integer version) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return form(model, person, partner, values, problems, version);
  }

  private String form(Model model, Authentication person, Partner partner, Map<String, List<String>> values,
      Map<String, String> errors, Integer version) {
    model.addAttribute("partner", partner);
    model.addAttribute("values", new EnteredValues(values));
    model.addAttribute("errors", ordered(errors));
    model.addAttribute(VERSION, version);
    return common(model, person, "partners/edit");
  }

  /** The problems in the order of the form's fields, as the error summary lists them. */
  private static Map<String, String> ordered(Map<String, String> errors) {
    Map<String, String> ordered = new LinkedHashMap<>();
    PartnerFields.LABELS.keySet().stream().filter(errors::containsKey).forEach(field -> ordered.put(field, errors.get(field)));
    return ordered;
  }

  private String common(Model model, Authentication person, String view) {
    model.addAttribute("choices", choices);
    model.addAttribute("fmt", labels);
    model.addAttribute("mayEdit", EngineActor.mayEditPartners(person));
    return view;
  }
}
