package org.pilotgate.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.InterventionKind;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.process.ProcessData;
import org.pilotgate.report.FailureReportDeadline;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportReview;
import org.pilotgate.trial.CheckIn;
import org.pilotgate.trial.TrialRecord;

/**
 * The values the demo users type into each form, by the forms' own field names. Every date goes
 * through {@link #date}, the one place that says how a form takes a date.
 */
final class DemoSubmissions {

  private DemoSubmissions() {}

  /** A date as a form field submits it. */
  static String date(LocalDate day) {
    return day.toString();
  }

  /** A success criterion or harm limit's row, and what the evaluation found for it. */
  record Measure(String name, String unit, double baseline, double target, boolean increase, boolean primary,
      double actual) {

    Map<String, Object> criterion() {
      return Map.of(RegistrationRecord.ROW_NAME, name, RegistrationRecord.ROW_UNIT, unit,
          SuccessCriterion.BASELINE, baseline, SuccessCriterion.TARGET, target,
          SuccessCriterion.DIRECTION, (increase ? SuccessCriterion.Direction.INCREASE : SuccessCriterion.Direction.DECREASE).name(),
          SuccessCriterion.PRIMARY, primary, SuccessCriterion.MINIMUM_WORTHWHILE_CHANGE, 1);
    }
  }

  /** What a pilot is about: the proposal's words, its partner and its measures. */
  record Story(String title, String summary, String problem, String hypothesis, ServiceArea area,
      InterventionKind kind, String what, String who, String where, String frequency, int sites, int participants,
      int budget, String partner, Partner.Sector sector, String partnerRole, List<Measure> criteria, String harm) {}

  static Map<String, Object> proposal(Story story, LocalDate plannedStart, LocalDate plannedEnd) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(RegistrationRecord.TITLE, story.title());
    values.put(RegistrationRecord.SUMMARY, story.summary());
    values.put(RegistrationRecord.PROBLEM, story.problem());
    values.put(RegistrationRecord.HYPOTHESIS, story.hypothesis());
    values.put(RegistrationRecord.SERVICE_AREA, story.area().name());
    values.put(RegistrationRecord.INTERVENTION_KIND, story.kind().name());
    values.put(RegistrationRecord.INTERVENTION_WHAT, story.what());
    values.put(RegistrationRecord.INTERVENTION_WHO, story.who());
    values.put(RegistrationRecord.INTERVENTION_WHERE, story.where());
    values.put(RegistrationRecord.INTERVENTION_FREQUENCY, story.frequency());
    values.put(RegistrationRecord.PLANNED_SITES, story.sites());
    values.put(RegistrationRecord.PLANNED_PARTICIPANTS, story.participants());
    values.put(RegistrationRecord.PLANNED_START, date(plannedStart));
    values.put(RegistrationRecord.PLANNED_END, date(plannedEnd));
    values.put(RegistrationRecord.BUDGET_REQUESTED, story.budget());
    values.put(RegistrationRecord.PARTNERS, ProcessData.json(List.of(Map.of(RegistrationRecord.ROW_NAME, story.partner(),
        Partner.SECTOR, story.sector().name(), Partner.ROLE, story.partnerRole()))));
    values.put(RegistrationRecord.SUCCESS_CRITERIA, ProcessData.json(story.criteria().stream().map(Measure::criterion).toList()));
    values.put(RegistrationRecord.HARM_LIMITS, ProcessData.json(List.of(Map.of(RegistrationRecord.ROW_NAME, story.harm(),
        RegistrationRecord.ROW_UNIT, "per month", HarmLimit.LIMIT, 5, HarmLimit.BREACHED_WHEN, HarmLimit.Breach.ABOVE.name()))));
    return values;
  }

  static Map<String, Object> review(ProposalReview.Decision decision, String comments) {
    return Map.of(ProposalReview.DECISION, decision.name(), ProposalReview.COMMENTS, comments);
  }

  static Map<String, Object> plan(Story story, LocalDate start, LocalDate end) {
    return Map.of(TrialRecord.START, date(start), TrialRecord.END, date(end),
        TrialRecord.SITES, story.where(),
        TrialRecord.DATA_COLLECTION, "Monthly figures from the partner's log; a short survey of residents at the start and the end",
        RegistrationRecord.SUCCESS_CRITERIA, ProcessData.json(story.criteria().stream().map(Measure::criterion).toList()));
  }

  static Map<String, Object> checkIn(CheckIn.Status status, String notes) {
    return Map.of(CheckIn.STATUS, status.name(), CheckIn.NOTES, notes);
  }

  static Map<String, Object> evaluation(Story story, double cost, int evidenceLevel, String findings) {
    return Map.of(
        EvaluationRecord.CRITERION_RESULTS, ProcessData.json(story.criteria().stream()
            .map(measure -> Map.of(EvaluationRecord.ACTUAL, measure.actual())).toList()),
        EvaluationRecord.HARM_RESULTS, ProcessData.json(List.of(Map.of(EvaluationRecord.ACTUAL, 1))),
        EvaluationRecord.ACTUAL_COST, cost,
        EvaluationRecord.HARMS_SEEN, "None recorded",
        EvaluationRecord.FINDINGS, findings,
        EvaluationRecord.EVIDENCE_LEVEL, evidenceLevel);
  }

  static Map<String, Object> gate(GateRuling.Decision decision, String justification) {
    return Map.of(GateRuling.DECISION, decision.name(), GateRuling.JUSTIFICATION, justification);
  }

  static Map<String, Object> successReport(Story story, int cost, String whatWorked, String scalingPlan, String lessons) {
    Map<String, Object> values = report(story, cost, lessons);
    values.put(ReportDraft.WHAT_WORKED, whatWorked);
    values.put(ReportDraft.SCALING_PLAN, scalingPlan);
    return values;
  }

  static Map<String, Object> failureReport(Story story, int cost, List<ReportDraft.FailureReason> reasons, String why,
      String lessons) {
    Map<String, Object> values = report(story, cost, lessons);
    values.put(ReportDraft.FAILURE_REASON_CODES, ProcessData.json(reasons.stream().map(Enum::name).toList()));
    values.put(ReportDraft.WHY_IT_DID_NOT_WORK, why);
    return values;
  }

  private static Map<String, Object> report(Story story, int cost, String lessons) {
    List<Map<String, Object>> results = new ArrayList<>();
    story.criteria().forEach(measure -> results.add(Map.of(EvaluationRecord.ACTUAL, measure.actual(),
        ReportDraft.COMMENTARY, "Target " + number(measure.target()) + " " + measure.unit() + "; reached "
            + number(measure.actual()))));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ReportDraft.WHAT_WAS_TRIED, story.summary());
    values.put(ReportDraft.RESULTS, ProcessData.json(results));
    values.put(ReportDraft.LESSONS_FOR_OTHERS, lessons);
    values.put(ReportDraft.COST_SPENT, cost);
    return values;
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static Map<String, Object> approveReport() {
    return Map.of(ReportReview.DECISION, ReportReview.Decision.APPROVE.name(),
        ReportReview.COMMENTS, "Clear and honest: publish it.");
  }

  static Map<String, Object> chase(String followUp) {
    return Map.of(FailureReportDeadline.OVERDUE_FOLLOW_UP, followUp);
  }
}
