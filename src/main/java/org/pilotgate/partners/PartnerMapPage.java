package org.pilotgate.partners;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map: areas against kinds of organisation, where engaged partners are and where the gaps are,
 * and a drawing of the areas when the council supplied their shapes.
 */
@Controller
class PartnerMapPage {

  private final PartnerRegister register;
  private final PartnerChoices choices;
  private final CouncilAreas councilAreas;

  PartnerMapPage(PartnerRegister register, PartnerChoices choices, CouncilAreas councilAreas) {
    this.register = register;
    this.choices = choices;
    this.councilAreas = councilAreas;
  }

  @GetMapping(PartnerPages.REGISTER + "/map")
  String map(Model model) {
    Coverage coverage = Coverage.of(register.all(), choices.areas(), choices.kinds());
    model.addAttribute("coverage", coverage);
    model.addAttribute("areaMap", councilAreas.shapes().map(shapes -> AreaMap.of(shapes, coverage)).orElse(null));
    return "partners/map";
  }
}
