package org.pilotgate.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.form.Submission;
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

  /** The draft as the pilot holds it now: after review approved it, what is published. */
  public static ReportDraft read(VariableScope pilot) {
    return ProcessData.convert(ProcessData.plain(pilot.getVariableTyped(VARIABLE)), ReportDraft.class);
  }

  public enum Outcome { SUCCEEDED, FAILED }

  /** Why a pilot did not work, in the categories the library is searched by. */
  public enum FailureReason { THEORY, IMPLEMENTATION, CONTEXT, PARTNER, UNDERPOWERED, COST }

  static ReportDraft from(Submission form, Outcome outcome, List<ReportResult> prefilled) {
    String whatWasTried = form.text("whatWasTried", 4000);
    List<ReportResult> results = results(form, prefilled);
    String lessons = form.text("lessonsForOthers", 4000);
    BigDecimal cost = form.decimal("costSpent", BigDecimal.ZERO, Registration.MAX_BUDGET);
    if (outcome == Outcome.SUCCEEDED) {
      return new ReportDraft(outcome, whatWasTried, results, lessons, cost,
          form.text("whatWorked", 4000), form.text("scalingPlan", 4000), List.of(), null);
    }
    List<FailureReason> reasons = form.choices("failureReasonCodes", FailureReason.class);
    if (reasons.isEmpty()) {
      throw form.invalid("failureReasonCodes", "choose at least one reason: THEORY, IMPLEMENTATION, CONTEXT, "
          + "PARTNER, UNDERPOWERED or COST");
    }
    return new ReportDraft(outcome, whatWasTried, results, lessons, cost, null, null, reasons,
        form.text("whyItDidNotWork", 4000));
  }

  /** The prefilled rows, with the author's actual values and commentary; a missing actual needs a commentary. */
  private static List<ReportResult> results(Submission form, List<ReportResult> prefilled) {
    List<Submission> rows = form.rows("reportResults");
    if (rows.size() != prefilled.size()) {
      throw form.invalid("reportResults", "report on each of the " + prefilled.size() + " registered criteria");
    }
    List<ReportResult> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Submission row = rows.get(i);
      ReportResult registered = prefilled.get(i);
      BigDecimal actual = row.optionalDecimal("actual", null, null);
      String commentary = actual == null ? row.text("commentary", 4000) : row.optionalText("commentary", 4000);
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
