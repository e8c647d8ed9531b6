package org.pilotgate.publishing;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.gate.GateDecided;
import org.pilotgate.gate.GateDecisions;
import org.pilotgate.gate.HarmResult;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationVersions;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.trial.TrialRecord;
import org.springframework.stereotype.Component;

/**
 * Puts a finished pilot into the library's open format, each part from the feature that owns it:
 * the reference from the pilot's record; the registration, its version and outcome switching as
 * last frozen, and the last gate decision, from the audit chain; the trial, the evaluation and the
 * approved draft through their features' typed reads. The report states what was recorded.
 */
@Component
class ReportAssembly {

  private final PilotRecords records;
  private final RegistrationVersions versions;
  private final GateDecisions gates;
  private final PilotGateProperties properties;

  ReportAssembly(PilotRecords records, RegistrationVersions versions, GateDecisions gates,
      PilotGateProperties properties) {
    this.records = records;
    this.versions = versions;
    this.gates = gates;
    this.properties = properties;
  }

  ReportDocument assemble(DelegateExecution pilot, Instant publishedAt) {
    String reference = records.of(pilot.getProcessInstanceId()).reference();
    RegistrationVersions.Frozen frozen = versions.lastFrozen(reference);
    ReportDraft draft = ReportDraft.read(pilot);
    return ReportDocument.of(properties.councilCode(), reference, draft.outcome().name(), proposal(frozen),
        trial(TrialRecord.read(pilot)), evaluation(draft, EvaluationRecord.read(pilot, frozen.registration())),
        gates.last(reference).map(ReportAssembly::gate).orElse(null), account(draft), publishedAt);
  }

  private static ReportDocument.Proposal proposal(RegistrationVersions.Frozen frozen) {
    Registration registration = frozen.registration();
    return new ReportDocument.Proposal(registration.title(), registration.summary(),
        registration.serviceArea().name(), registration.problem(), registration.hypothesis(),
        registration.intervention(), registration.plannedSites(), registration.plannedParticipants(),
        registration.budgetRequested(), registration.partners(), frozen.version(), frozen.outcomeSwitching());
  }

  private static ReportDocument.Trial trial(TrialRecord.Trial trial) {
    return new ReportDocument.Trial(trial.start(), trial.end(), trial.sites(), trial.dataCollection(),
        trial.extensions(), trial.earlyStop() == null ? null
            : new ReportDocument.EarlyStop(trial.earlyStop().reasonCode(), trial.earlyStop().reason()));
  }

  private static ReportDocument.Evaluation evaluation(ReportDraft draft, EvaluationRecord.Findings findings) {
    return new ReportDocument.Evaluation(draft.results(), harmResults(findings.harmResults()),
        findings.evidenceLevel(), findings.findings(), findings.harmsSeen());
  }

  private static List<ReportDocument.HarmResult> harmResults(List<HarmResult> harms) {
    return harms.stream().map(harm -> new ReportDocument.HarmResult(harm.name(), harm.unit(), harm.limit(),
        harm.breachedWhen(), harm.actual(), harm.breached())).toList();
  }

  private static ReportDocument.Gate gate(GateDecided.Ruling ruling) {
    return new ReportDocument.Gate(ruling.recommendation(), ruling.recommendationRationale(), ruling.decision(),
        ruling.justification());
  }

  private static ReportDocument.Account account(ReportDraft draft) {
    return new ReportDocument.Account(draft.whatWasTried(), draft.whatWorked(), draft.scalingPlan(),
        draft.failureReasonCodes().stream().map(Enum::name).toList(), draft.whyItDidNotWork(),
        draft.lessonsForOthers(), draft.costSpent());
  }
}
