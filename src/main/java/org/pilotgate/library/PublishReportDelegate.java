package org.pilotgate.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.audit.AuditChain;
import org.pilotgate.gate.HarmResult;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationVersions;
import org.pilotgate.process.ProcessData;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportObligations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Publish the success report" and "Publish the failure report". Runs as its own job, so a
 * failure is retried and then becomes an incident; publishing twice stores one report. The pilot's
 * reference comes from its record, and the registration, its version, outcome switching and the
 * gate's decision from the audit chain: the report states what was recorded, not what the process's
 * variables say now.
 */
@Component("publishReport")
class PublishReportDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PublishReportDelegate.class);

  private final LibraryStore library;
  private final ReportObligations obligations;
  private final AuditChain audit;
  private final PilotRecords records;
  private final RegistrationVersions versions;
  private final PilotGateProperties properties;

  PublishReportDelegate(LibraryStore library, ReportObligations obligations, AuditChain audit, PilotRecords records,
      RegistrationVersions versions, PilotGateProperties properties) {
    this.library = library;
    this.obligations = obligations;
    this.audit = audit;
    this.records = records;
    this.versions = versions;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportDocument report = document(execution, Instant.now());
    if (library.publishOnce(report, execution.getProcessInstanceId())) {
      LOG.info("Published the {} report in the library", report.outcome());
      audit.append(report.reference(), AuditChain.Kind.PUBLICATION, "pilotgate", Map.of("globalId", report.globalId(),
          "outcome", report.outcome(), "document", ProcessData.convert(report, Map.class)));
    }
    obligations.published(execution.getProcessInstanceId(), report.publishedAt());
    execution.setVariable("publishedReportId", report.globalId());
    execution.setVariable("publishedReportUrl", LibraryIndex.reportPath(report.globalId()));
  }

  private ReportDocument document(DelegateExecution execution, Instant publishedAt) {
    String reference = records.of(execution.getProcessInstanceId()).reference();
    RegistrationVersions.Frozen frozen = versions.lastFrozen(reference);
    Registration registration = frozen.registration();
    ReportDraft draft = ProcessData.convert(ProcessData.plain(execution.getVariableTyped(ReportDraft.VARIABLE)),
        ReportDraft.class);
    String council = properties.councilCode();
    return new ReportDocument(ReportDocument.globalId(council, reference), council, reference,
        draft.outcome().name(), registration.title(), registration.summary(), registration.serviceArea().name(),
        registration.problem(), registration.hypothesis(), registration.intervention(), registration.plannedSites(),
        registration.plannedParticipants(), registration.budgetRequested(), registration.partners(),
        frozen.version(), frozen.outcomeSwitching(), trial(execution), draft.results(),
        harmResults(execution, registration), (Integer) execution.getVariable("evidenceLevel"),
        (String) execution.getVariable("findings"), (String) execution.getVariable("harmsSeen"), lastGate(reference),
        draft.whatWasTried(), draft.whatWorked(), draft.scalingPlan(),
        draft.failureReasonCodes().stream().map(Enum::name).toList(), draft.whyItDidNotWork(),
        draft.lessonsForOthers(), draft.costSpent(), publishedAt);
  }

  private static ReportDocument.Trial trial(DelegateExecution execution) {
    ReportDocument.EarlyStop earlyStop = Boolean.TRUE.equals(execution.getVariable("stoppedEarly"))
        ? new ReportDocument.EarlyStop((String) execution.getVariable("earlyStopReasonCode"),
            (String) execution.getVariable("earlyStopReason"))
        : null;
    return new ReportDocument.Trial(date(execution, "trialStart"), date(execution, "trialEnd"),
        (String) execution.getVariable("trialSites"), (String) execution.getVariable("dataCollection"),
        (Integer) execution.getVariable("extensionCount"), earlyStop);
  }

  /** The harm limits as evaluated, or as registered when the trial stopped before evaluation. */
  private static List<HarmResult> harmResults(DelegateExecution execution, Registration registration) {
    Object results = ProcessData.plain(execution.getVariableTyped("harmResults"));
    return results != null ? Arrays.asList(ProcessData.convert(results, HarmResult[].class))
        : registration.harmLimits().stream().map(HarmResult::pending).toList();
  }

  /** The last gate decided, as the audit chain recorded it; none when the trial stopped before its first gate. */
  private ReportDocument.Gate lastGate(String reference) {
    return audit.entriesOf(reference).stream()
        .filter(entry -> entry.kind() == AuditChain.Kind.GATE_DECISION)
        .reduce((earlier, later) -> later)
        .map(entry -> ProcessData.read(entry.payload(), Map.class))
        .map(gate -> new ReportDocument.Gate((String) gate.get("recommendation"),
            (String) gate.get("recommendationRationale"), (String) gate.get("decision"),
            (String) gate.get("justification")))
        .orElse(null);
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
