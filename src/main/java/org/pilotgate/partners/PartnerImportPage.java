package org.pilotgate.partners;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adds partners from a spreadsheet saved as CSV (UTF-8, the export's columns). Every row is checked
 * first; one bad row and nothing is added, and each problem is listed with its line.
 */
@Controller
class PartnerImportPage {

  static final String PATH = PartnerPages.REGISTER + "/import";
  static final String FILE = "file";

  private final PartnerRegister register;
  private final PartnerChoices choices;

  PartnerImportPage(PartnerRegister register, PartnerChoices choices) {
    this.register = register;
    this.choices = choices;
  }

  @GetMapping(PATH)
  String form(Authentication person, Model model) {
    Editors.require(person);
    return page(model, List.of());
  }

  @PostMapping(PATH)
  String importFile(@RequestParam(name = FILE, required = false) MultipartFile file, Authentication person, Model model,
      HttpServletResponse response) throws IOException {
    Editors.require(person);
    if (file == null || file.isEmpty()) {
      return refused(response, model, List.of("CSV file: choose a CSV file to import"));
    }
    PartnerCsv.Read read;
    try (PushbackReader in = new PushbackReader(new InputStreamReader(file.getInputStream(),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
      skipByteOrderMark(in);
      read = PartnerCsv.read(in, choices, register.all().stream()
          .map(partner -> PartnerDetails.normalised(partner.details().name())).collect(Collectors.toSet()));
    } catch (CharacterCodingException notUtf8) {
      return refused(response, model, List.of(PartnerCsv.NOT_UTF8));
    }
    if (!read.problems().isEmpty()) {
      return refused(response, model, read.problems());
    }
    try {
      register.addAll(read.partners(), person.getName());
    } catch (NameTaken taken) {
      // added by someone else since the file was checked
      return refused(response, model, List.of(taken.getMessage()));
    }
    model.addAttribute("imported", read.partners().size());
    return page(model, List.of());
  }

  /** Excel's "CSV UTF-8" starts the file with one, which would otherwise be part of the first column's name. */
  private static void skipByteOrderMark(PushbackReader in) throws IOException {
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
  }

  private static String refused(HttpServletResponse response, Model model, List<String> problems) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(model, problems);
  }

  private static String page(Model model, List<String> problems) {
    model.addAttribute("problems", problems);
    model.addAttribute("columns", PartnerCsv.COLUMNS);
    return "partners/import";
  }
}
