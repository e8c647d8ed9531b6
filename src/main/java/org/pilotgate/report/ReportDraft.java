package org.pilotgate.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.form.Submission;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.process.ProcessData;

/**
 * A report's content as the author drafts it. Success and failure reports share the account of
 * what was tried and what happened against each registered criterion; each adds its own part.
 */
public record ReportDraft(
    Outcome outcome,
    String whatWasTried,
    List<ReportResult> results,
    String lessonsForOthers,
    BigDecimal costSpent,
    String whatWorked,
    String scalingPlan,
    List<FailureReason> failureReasonCodes,
    String whyItDidNotWork) {

  /** The process variable that holds the draft, as JSON. */
  public static final String VARIABLE = "reportDraft";

  /** The report forms' fields; the author's rows are {@link #RESULTS}, each with the evaluation's actual value. */
  public static final String WHAT_WAS_TRIED = "whatWasTried";
  public static final String RESULTS = "reportResults";
  public static final String LESSONS_FOR_OTHERS = "lessonsForOthers";
  public static final String COST_SPENT = "costSpent";
  public static final String WHAT_WORKED = "whatWorked";
  public static final String SCALING_PLAN = "scalingPlan";
  public static final String FAILURE_REASON_CODES = "failureReasonCodes";
  public static final String WHY_IT_DID_NOT_WORK = "whyItDidNotWork";
  /** A result row's commentary, needed when it has no actual value. */
  public static final String COMMENTARY = "commentary";

  /** The draft as the pilot holds it now: after review approved it, what is published. */
  public static ReportDraft read(VariableScope pilot) {
    return ProcessData.convert(ProcessData.plain(pilot.getVariableTyped(VARIABLE)), ReportDraft.class);
  }

  public enum Outcome { SUCCEEDED, FAILED }

  /** Why a pilot did not work, in the categories the library is searched by. */
  public enum FailureReason { THEORY, IMPLEMENTATION, CONTEXT, PARTNER, UNDERPOWERED, COST }

  static ReportDraft from(Submission form, Outcome outcome, List<ReportResult> prefilled) {
    String whatWasTried = form.text(WHAT_WAS_TRIED, 4000);
    List<ReportResult> results = results(form, prefilled);
    String lessons = form.text(LESSONS_FOR_OTHERS, 4000);
    BigDecimal cost = form.decimal(COST_SPENT, BigDecimal.ZERO, Registration.MAX_BUDGET);
    if (outcome == Outcome.SUCCEEDED) {
      return new ReportDraft(outcome, whatWasTried, results, lessons, cost,
          form.text(WHAT_WORKED, 4000), form.text(SCALING_PLAN, 4000), List.of(), null);
    }
    List<FailureReason> reasons = form.choices(FAILURE_REASON_CODES, FailureReason.class);
    if (reasons.isEmpty()) {
      throw form.invalid(FAILURE_REASON_CODES, "choose at least one reason: THEORY, IMPLEMENTATION, CONTEXT, "
          + "PARTNER, UNDERPOWERED or COST");
    }
    return new ReportDraft(outcome, whatWasTried, results, lessons, cost, null, null, reasons,
        form.text(WHY_IT_DID_NOT_WORK, 4000));
  }

  /** The prefilled rows, with the author's actual values and commentary; a missing actual needs a commentary. */
  private static List<ReportResult> results(Submission form, List<ReportResult> prefilled) {
    List<Submission> rows = form.rows(RESULTS);
    if (rows.size() != prefilled.size()) {
      throw form.invalid(RESULTS, "report on each of the " + prefilled.size() + " registered criteria");
    }
    List<ReportResult> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Submission row = rows.get(i);
      ReportResult registered = prefilled.get(i);
      BigDecimal actual = row.optionalDecimal(EvaluationRecord.ACTUAL, null, null);
      String commentary = actual == null ? row.text(COMMENTARY, 4000) : row.optionalText(COMMENTARY, 4000);
      results.add(registered.withReported(actual, actual == null ? null : criterion(registered).isMetBy(actual),
          commentary));
    }
    return results;
  }

  private static SuccessCriterion criterion(ReportResult r) {
    return new SuccessCriterion(r.name(), r.unit(), r.baseline(), r.target(), r.direction(), r.primary(),
        BigDecimal.ZERO);
  }
}
