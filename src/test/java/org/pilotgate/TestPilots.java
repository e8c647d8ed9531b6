package org.pilotgate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import java.math.BigDecimal;
import org.pilotgate.form.Submission;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.Registration;
import org.pilotgate.process.ProcessData;

/** Form submissions a council officer or manager would make, for tests to start from and vary. */
public final class TestPilots {

  public static final LocalDate TODAY = LocalDate.now();

  /** A partner register with nothing in it, for registrations read without the engine. */
  public static final Partner.RegisterNames NO_REGISTER = id -> java.util.Optional.empty();

  private TestPilots() {}

  /** A complete, valid proposal: two criteria (one primary), one harm limit, one partner. */
  public static VariableMap proposal() {
    return Variables.createVariables()
        .putValue("title", "Bus drivers refer isolated older passengers")
        .putValue("summary", "Drivers on two routes learn to notice isolation and hand out a referral card.")
        .putValue("problem", "Older people who are isolated rarely contact the council until a crisis.")
        .putValue("hypothesis", "If drivers refer passengers, more isolated people get support, because drivers see them weekly.")
        .putValue("serviceArea", "ADULT_SOCIAL_CARE")
        .putValue("interventionKind", "PARTNERSHIP")
        .putValue("interventionWhat", "A one-hour training session and a referral card")
        .putValue("interventionWho", "Bus drivers of Go Buses")
        .putValue("interventionWhere", "Routes 5 and 7")
        .putValue("interventionFrequency", "Every shift")
        .putValue("plannedSites", 2)
        .putValue("plannedParticipants", 120)
        .putValue("plannedStart", TODAY.plusDays(7).toString())
        .putValue("plannedEnd", TODAY.plusMonths(6).toString())
        .putValue("budgetRequested", 15000)
        .putValue("partners", ProcessData.json(List.of(
            Map.of("name", "Go Buses", "sector", "UNIVERSAL_SERVICE_PROVIDER", "role", "Drivers refer passengers"))))
        .putValue("successCriteria", ProcessData.json(List.of(
            criterion("Referrals received", "per month", 0, 20, "INCREASE", true),
            criterion("Loneliness score", "UCLA 3-item", 7, 6, "DECREASE", false))))
        .putValue("harmLimits", ProcessData.json(List.of(
            Map.of("name", "Complaints from passengers", "unit", "per month", "limit", 5, "breachedWhen", "ABOVE"))));
  }

  /** The complete proposal with one partner row instead of its own: a name typed, or a {@code registerId} picked. */
  public static VariableMap proposalNaming(Map<String, Object> partner) {
    return proposal().putValue("partners", ProcessData.json(List.of(partner)));
  }

  public static Map<String, Object> criterion(String name, String unit, double baseline, double target,
      String direction, boolean primary) {
    return Map.of("name", name, "unit", unit, "baseline", baseline, "target", target, "direction", direction,
        "primary", primary, "minimumWorthwhileChange", 1);
  }

  public static VariableMap plan() {
    return Variables.createVariables()
        .putValue("trialStart", TODAY.plusDays(7).toString())
        .putValue("trialEnd", TODAY.plusMonths(3).toString())
        .putValue("trialSites", "Routes 5 and 7 depots")
        .putValue("dataCollection", "Referral log kept by the contact centre; survey at start and end")
        .putValue("successCriteria", ProcessData.json(List.of(
            criterion("Referrals received", "per month", 1, 20, "INCREASE", true),
            criterion("Loneliness score", "UCLA 3-item", 7, 6, "DECREASE", false))));
  }

  /** An evaluation with the primary criterion at {@code referrals}, at the given cost and evidence level. */
  public static VariableMap evaluation(double referrals, double cost, int evidenceLevel) {
    return Variables.createVariables()
        .putValue("criterionResults", ProcessData.json(List.of(Map.of("actual", referrals), Map.of("actual", 6.5))))
        .putValue("harmResults", ProcessData.json(List.of(Map.of("actual", 1))))
        .putValue("actualCost", cost)
        .putValue("harmsSeen", "None recorded")
        .putValue("findings", "Drivers referred steadily once trained.")
        .putValue("evidenceLevel", evidenceLevel);
  }

  public static VariableMap gate(String decision, String justification) {
    VariableMap gate = Variables.createVariables().putValue("gateDecision", decision);
    return justification == null ? gate : gate.putValue("gateJustification", justification);
  }

  public static VariableMap successReport() {
    return reportCommon()
        .putValue("whatWorked", "Drivers trusted by passengers made referrals feel normal.")
        .putValue("scalingPlan", "All 14 routes from April, training folded into induction.");
  }

  public static VariableMap failureReport() {
    return reportCommon()
        .putValue("failureReasonCodes", ProcessData.json(List.of("IMPLEMENTATION", "PARTNER")))
        .putValue("whyItDidNotWork", "Drivers had no time at stops to talk; the operator changed rotas mid-trial.");
  }

  private static VariableMap reportCommon() {
    return Variables.createVariables()
        .putValue("whatWasTried", "Training and referral cards for drivers on two routes")
        .putValue("reportResults", ProcessData.json(List.of(
            Map.of("actual", 4, "commentary", "Far below target"),
            Map.of("commentary", "Survey not repeated: the trial stopped"))))
        .putValue("lessonsForOthers", "Agree protected time with the operator before training drivers.")
        .putValue("costSpent", 9000);
  }

  /** The values as the listeners see them: JSON variables as lists and maps. */
  public static Submission submitted(VariableMap values) {
    Map<String, Object> plain = new java.util.HashMap<>();
    values.forEach((name, value) -> plain.put(name, ProcessData.plain(value)));
    return Submission.of(plain);
  }

  /** A published report as the library holds it, with the given words in its lessons. */
  public static ReportDocument report(String council, String reference, String title, String outcome,
      String serviceArea, String lessons) {
    return report(council, reference, title, outcome, serviceArea, lessons, java.time.Instant.now());
  }

  public static ReportDocument report(String council, String reference, String title, String outcome,
      String serviceArea, String lessons, java.time.Instant publishedAt) {
    return new ReportDocument(ReportDocument.globalId(council, reference), council, reference, outcome, title,
        "Summary of " + title, serviceArea, "The problem it addressed", "If we try it, things improve",
        new Registration.Intervention("OUTREACH", "Something new", "Council staff", "One ward", "Weekly"), 1, 50,
        new BigDecimal("10000"), List.of(), 1, List.of(), null, List.of(), List.of(), 3, "What the evaluation found", "None",
        null, "What was tried", null, null,
        ReportDocument.FAILED.equals(outcome) ? List.of("IMPLEMENTATION") : List.of(), null, lessons,
        new BigDecimal("8000"), publishedAt);
  }

  /** The proposer's answers to the prior-work check: what is different from each of {@code failures} similar failures. */
  public static VariableMap acknowledgement(int failures) {
    List<Map<String, Object>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < failures; i++) {
      answers.add(Map.of("whatIsDifferent", "This time the operator agreed protected time for drivers."));
    }
    return Variables.createVariables().putValue("similarFailures", ProcessData.json(answers));
  }

  public static VariableMap approve(String decisionField) {
    return Variables.createVariables().putValue(decisionField, "APPROVE");
  }

  public static VariableMap returnReport(String comments) {
    return Variables.createVariables().putValue("reportReviewDecision", "RETURN")
        .putValue("reportReviewComments", comments);
  }
}
