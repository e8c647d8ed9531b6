package org.pilotgate.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pilotgate.gate.GateDecided;
import org.pilotgate.governance.AuditChain;
import org.pilotgate.hackday.IdeaTriaged;
import org.pilotgate.library.ReportPublished;
import org.pilotgate.pilot.PilotProposed;
import org.pilotgate.pilot.PilotWithdrawn;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.ProposalReviewed;
import org.pilotgate.pilot.ProposalRevised;
import org.pilotgate.pilot.RegistrationFrozen;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.pilotgate.process.TimerFiredEarly;
import org.pilotgate.trial.TrialStoppedEarly;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps in the audit chain what the features announce must never be quietly changed. Each entry is
 * appended in the announcing step's transaction: if the step rolls back, so does its entry, and a
 * step never commits without it.
 */
@Component
class AuditChainRecorder {

  /** Who the chain names for what PilotGate does by itself, such as publishing an approved report. */
  static final String PILOTGATE = "pilotgate";

  private final AuditChain chain;

  AuditChainRecorder(AuditChain chain) {
    this.chain = chain;
  }

  @EventListener
  void pilotProposed(PilotProposed proposed) {
    appendProposal(proposed.reference(), proposed.proposer(), proposed.title(), proposed.registrationHash(), false);
  }

  @EventListener
  void proposalRevised(ProposalRevised revised) {
    appendProposal(revised.reference(), revised.proposer(), revised.title(), revised.registrationHash(), true);
  }

  /** A proposal as registered, by its title and its registration's content hash. */
  private void appendProposal(String reference, String actor, String title, String registrationHash, boolean revised) {
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put(RegistrationRecord.TITLE, title);
    proposal.put("registration", registrationHash);
    if (revised) {
      proposal.put("revised", true);
    }
    chain.append(reference, AuditChain.Kind.PROPOSAL, actor, proposal);
  }

  @EventListener
  void proposalReviewed(ProposalReviewed reviewed) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put(ProposalReview.DECISION, reviewed.review().decision().name()); // the form's names: shown as its labels
    if (reviewed.review().comments() != null) {
      review.put(ProposalReview.COMMENTS, reviewed.review().comments());
    }
    chain.append(reviewed.reference(), AuditChain.Kind.REVIEW_DECISION, reviewed.reviewer(), review);
  }

  @EventListener
  void registrationFrozen(RegistrationFrozen frozen) {
    append(frozen.reference(), AuditChain.Kind.REGISTRATION_VERSION, frozen.actor(), frozen.version());
  }

  @EventListener
  void gateDecided(GateDecided decided) {
    append(decided.reference(), AuditChain.Kind.GATE_DECISION, decided.actor(), decided.ruling());
  }

  @EventListener
  void reportPublished(ReportPublished published) {
    append(published.reference(), AuditChain.Kind.PUBLICATION, PILOTGATE, published.publication());
  }

  @EventListener
  void pilotWithdrawn(PilotWithdrawn withdrawn) {
    append(withdrawn.reference(), AuditChain.Kind.WITHDRAWAL, withdrawn.by(), withdrawn.withdrawal());
  }

  @EventListener
  void trialStoppedEarly(TrialStoppedEarly stopped) {
    append(stopped.reference(), AuditChain.Kind.EARLY_STOP, stopped.actor(), stopped.stop());
  }

  @EventListener
  void timerFiredEarly(TimerFiredEarly fired) {
    append(fired.reference(), AuditChain.Kind.TIMER_FIRED_EARLY, fired.by(), fired.timer());
  }

  /** The hack day's answer to an idea, under the hack day's reference: no idea's answer is quietly changed. */
  @EventListener
  void ideaTriaged(IdeaTriaged triaged) {
    chain.append(triaged.hackDay().reference(), AuditChain.Kind.IDEA_TRIAGED, triaged.champion(), triaged.answer());
  }

  private void append(String reference, AuditChain.Kind kind, String actor, Object payload) {
    chain.append(reference, kind, actor, ProcessData.convert(payload, Map.class));
  }
}
