package org.pilotgate.audit;

import java.util.List;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.governance.ChainWitness;
import org.pilotgate.governance.WitnessFinding;
import org.pilotgate.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Check the audit chain" for people: whether the whole chain is intact, how many entries were
 * checked, and each break with its pilot, place, kind and problem; and, when this node's witness holds
 * entries the database does not (a restore from an older backup), those steps and their pilots.
 * {@code GET /api/audit/chain} and {@code GET /api/audit/chain/missing} answer the same for machines.
 */
@Controller
class AuditChainPage {

  static final String PATH = "/audit/chain";

  /** A break as the pages show it: the pilot (null for the chain's head), its place, its kind in words, the problem. */
  record ShownBreak(String pilot, long sequence, String kind, String problem) {}

  private final AuditChain chain;
  private final ChainWitness witness;
  private final Labels labels;

  AuditChainPage(AuditChain chain, ChainWitness witness, PilotGateProperties properties) {
    this.chain = chain;
    this.witness = witness;
    this.labels = new Labels(properties.zone());
  }

  @GetMapping(PATH)
  String check(Model model) {
    AuditChain.Verification verification = chain.verify();
    model.addAttribute("chain", verification);
    model.addAttribute("breaks", breaks(verification));
    WitnessFinding finding = witness.state().finding();
    if (finding.outcome() != WitnessFinding.Outcome.AGREES) {
      model.addAttribute("witness", finding);
      model.addAttribute("missing", MissingStep.of(finding, MissingStep.SHOWN));
      model.addAttribute("fmt", labels);
    }
    return "audit/chain";
  }

  static List<ShownBreak> breaks(AuditChain.Verification verification) {
    return verification.breaks().stream().map(broken -> new ShownBreak(broken.pilotReference(), broken.sequence(),
        kind(broken.kind()), capitalised(broken.problem()))).toList();
  }

  private static String capitalised(String text) {
    return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** What a kind of entry records, in words. */
  static String kind(AuditChain.Kind kind) {
    if (kind == null) {
      return "The chain's head";
    }
    return switch (kind) {
      case PROPOSAL -> "Proposal";
      case REVIEW_DECISION -> "Review of the proposal";
      case REGISTRATION_VERSION -> "Registration version";
      case GATE_DECISION -> "Gate decision";
      case PUBLICATION -> "Report publication";
      case WITHDRAWAL -> "Withdrawal by an operator";
      case EARLY_STOP -> "Early stop by a manager";
      case TIMER_FIRED_EARLY -> "Timer fired early (demo)";
      case IDEA_TRIAGED -> "Hack-day idea triaged";
    };
  }
}
