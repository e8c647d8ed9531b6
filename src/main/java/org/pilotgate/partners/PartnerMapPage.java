package org.pilotgate.partners;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The map: areas against kinds of organisation, where engaged partners are and where the gaps are. */
@Controller
class PartnerMapPage {

  private final PartnerRegister register;
  private final PartnerChoices choices;

  PartnerMapPage(PartnerRegister register, PartnerChoices choices) {
    this.register = register;
    this.choices = choices;
  }

  @GetMapping(PartnerPages.REGISTER + "/map")
  String map(Model model) {
    model.addAttribute("coverage", Coverage.of(register.all(), choices.areas(), choices.kinds()));
    return "partners/map";
  }
}
