package org.pilotgate.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pilotgate.gate.HarmResult;
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
