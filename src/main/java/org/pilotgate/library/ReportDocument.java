package org.pilotgate.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.Registration;
import org.pilotgate.report.ReportResult;

/**
 * A published report in the library's open format, the same for this council's reports and those
 * imported from peers. {@code docs/library-report.schema.json} describes every field.
 */
public record ReportDocument(
    String globalId,
    String council,
    String reference,
    String outcome,
    String title,
    String summary,
    String serviceArea,
    String problem,
    String hypothesis,
    Registration.Intervention intervention,
    Integer plannedSites,
    Integer plannedParticipants,
    BigDecimal budgetRequested,
    List<Partner> partners,
    Integer registrationVersion,
    List<String> outcomeSwitching,
    Trial trial,
    List<ReportResult> results,
    List<HarmResult> harmResults,
    Integer evidenceLevel,
    String findings,
    String harmsSeen,
    Gate gate,
    String whatWasTried,
    String whatWorked,
    String scalingPlan,
    List<String> failureReasonCodes,
    String whyItDidNotWork,
    String lessonsForOthers,
    BigDecimal costSpent,
    Instant publishedAt) {

  public static final String FAILED = "FAILED";
  public static final String SUCCEEDED = "SUCCEEDED";

  /** How the trial ran: its dates, where, how data was collected, extensions, and an early stop. */
  public record Trial(LocalDate start, LocalDate end, String sites, String dataCollection, Integer extensions,
      EarlyStop stoppedEarly) {}

  public record EarlyStop(String reasonCode, String reason) {}

  /** The evaluation gate: the DMN's recommendation, the manager's decision and why. */
  public record Gate(String recommendation, String rationale, String decision, String justification) {}

  /** A registered harm limit next to what was observed; {@code actual} and {@code breached} are null if never evaluated. */
  public record HarmResult(String name, String unit, BigDecimal limit, HarmLimit.Breach breachedWhen,
      BigDecimal actual, Boolean breached) {}

  /** What was proposed, as the registration last frozen states it. */
  public record Proposal(String title, String summary, String serviceArea, String problem, String hypothesis,
      Registration.Intervention intervention, Integer plannedSites, Integer plannedParticipants,
      BigDecimal budgetRequested, List<Partner> partners, Integer registrationVersion,
      List<String> outcomeSwitching) {}

  /** What the evaluation found. */
  public record Evaluation(List<ReportResult> results, List<HarmResult> harmResults, Integer evidenceLevel,
      String findings, String harmsSeen) {}

  /** The author's account, as the approved report draft gives it. */
  public record Account(String whatWasTried, String whatWorked, String scalingPlan, List<String> failureReasonCodes,
      String whyItDidNotWork, String lessonsForOthers, BigDecimal costSpent) {}

  /** A report of this council's pilot, from its parts. */
  public static ReportDocument of(String council, String reference, String outcome, Proposal proposal, Trial trial,
      Evaluation evaluation, Gate gate, Account account, Instant publishedAt) {
    return new ReportDocument(globalId(council, reference), council, reference, outcome, proposal.title(),
        proposal.summary(), proposal.serviceArea(), proposal.problem(), proposal.hypothesis(),
        proposal.intervention(), proposal.plannedSites(), proposal.plannedParticipants(), proposal.budgetRequested(),
        proposal.partners(), proposal.registrationVersion(), proposal.outcomeSwitching(), trial,
        evaluation.results(), evaluation.harmResults(), evaluation.evidenceLevel(), evaluation.findings(),
        evaluation.harmsSeen(), gate, account.whatWasTried(), account.whatWorked(), account.scalingPlan(),
        account.failureReasonCodes(), account.whyItDidNotWork(), account.lessonsForOthers(), account.costSpent(),
        publishedAt);
  }

  public static String globalId(String council, String reference) {
    return council + "/" + reference;
  }

  public int year() {
    return publishedAt.atZone(ZoneOffset.UTC).getYear();
  }

  public List<String> failureReasons() {
    return failureReasonCodes == null ? List.of() : failureReasonCodes;
  }

  /** The prose a reader searches: what was tried, what happened and what was learned. */
  public String narrative() {
    return join(summary, problem, hypothesis, intervention == null ? null
        : join(intervention.what(), intervention.who(), intervention.where(), intervention.frequency()),
        whatWasTried, findings, harmsSeen, whatWorked, scalingPlan, whyItDidNotWork, lessonsForOthers,
        gate == null ? null : gate.justification());
  }

  private static String join(String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining("\n"));
  }
}
