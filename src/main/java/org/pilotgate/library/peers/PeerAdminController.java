package org.pilotgate.library.peers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How importing from each followed peer library stands, for operators (group {@code camunda-admin},
 * enforced in {@code SecurityConfig}): a page, the same as JSON, and an "import now" button.
 */
@Controller
class PeerAdminController {

  static final String PAGE = "/admin/peers";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

  private final PeerImport peerImport;
  private final PeerLibraryProperties properties;
  private final ZoneId zone;

  PeerAdminController(PeerImport peerImport, PeerLibraryProperties properties, PilotGateProperties pilotGate) {
    this.peerImport = peerImport;
    this.properties = properties;
    this.zone = pilotGate.zone();
  }

  @GetMapping("/api/admin/peers")
  @ResponseBody
  List<PeerStatus> status() {
    return peerImport.statuses();
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("peers", peerImport.statuses().stream().map(this::row).toList());
    model.addAttribute("interval", properties.peerImportInterval());
    model.addAttribute("maxBackoff", properties.peerMaxBackoff());
    model.addAttribute("zone", zone);
    return "admin/peers";
  }

  /** Runs an import of every peer in the background; the page shows the outcome once it is done. */
  @PostMapping(PAGE + "/import")
  String importNow(RedirectAttributes redirect) {
    redirect.addFlashAttribute("message", peerImport.startNow()
        ? "Import started. Reload this page in a moment to see how it went."
        : "No import started: one is already running, or no peer library is configured.");
    return "redirect:" + PAGE;
  }

  /** A peer's status as the page shows it, times in the council's zone. */
  record Row(String name, String url, String lastSuccess, String lastAttempt, String lastError,
      int consecutiveFailures, String nextAttempt, long reportsImported, long lastSequence) {}

  private Row row(PeerStatus status) {
    return new Row(status.name(), status.url(), time(status.lastSuccessAt(), "never"),
        time(status.lastAttemptAt(), "never"), status.lastError(), status.consecutiveFailures(),
        time(status.nextAttemptAt(), "at the next run"), status.reportsImported(), status.lastSequence());
  }

  private String time(Instant instant, String none) {
    return instant == null ? none : TIME.format(instant.atZone(zone));
  }
}
