package org.pilotgate.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.pilotgate.form.Submission;
import org.pilotgate.pilot.Registration;

/**
 * The officer's evaluation of a finished trial, judged against the registration. Only the actual
 * values are taken from the form: names, targets and limits come from the registration, so a form
 * cannot move the goalposts.
 */
public record Evaluation(
    List<CriterionResult> criterionResults,
    List<HarmResult> harmResults,
    BigDecimal actualCost,
    String harmsSeen,
    String findings,
    int evidenceLevel) {

  public static Evaluation from(Submission form, Registration registration) {
    return new Evaluation(
        criterionResults(form, registration),
        harmResults(form, registration),
        form.decimal(EvaluationRecord.ACTUAL_COST, BigDecimal.ZERO, Registration.MAX_BUDGET),
        form.text(EvaluationRecord.HARMS_SEEN, 4000),
        form.text(EvaluationRecord.FINDINGS, 4000),
        form.wholeNumber(EvaluationRecord.EVIDENCE_LEVEL, 1, 5));
  }

  /** Share of the primary criteria that reached their target, 0 to 1: the DMN's first input. */
  public double primaryTargetsMetShare() {
    List<CriterionResult> primary = criterionResults.stream().filter(CriterionResult::primary).toList();
    long met = primary.stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
    return primary.isEmpty() ? 0 : (double) met / primary.size();
  }

  public boolean harmLimitBreached() {
    return harmResults.stream().anyMatch(r -> Boolean.TRUE.equals(r.breached()));
  }

  /** Actual cost over budget; a pilot with no budget that spent money counts as far over. */
  public double costToBudgetRatio(BigDecimal budget) {
    if (budget.signum() == 0) {
      return actualCost.signum() == 0 ? 0 : Double.MAX_VALUE;
    }
    return actualCost.divide(budget, MathContext.DECIMAL64).doubleValue();
  }

  private static List<CriterionResult> criterionResults(Submission form, Registration registration) {
    return measured(form, EvaluationRecord.CRITERION_RESULTS, registration.successCriteria(), CriterionResult::measured);
  }

  private static List<HarmResult> harmResults(Submission form, Registration registration) {
    return measured(form, EvaluationRecord.HARM_RESULTS, registration.harmLimits(), HarmResult::measured);
  }

  /** Pairs each registered row with the actual value the form gives for it, row by row. */
  private static <R, T> List<T> measured(Submission form, String field, List<R> registered,
      BiFunction<R, BigDecimal, T> measure) {
    List<Submission> rows = rowsMatching(form, field, registered.size());
    List<T> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      results.add(measure.apply(registered.get(i), actual(rows.get(i))));
    }
    return results;
  }

  private static BigDecimal actual(Submission row) {
    return row.decimal(EvaluationRecord.ACTUAL, null, null);
  }

  private static List<Submission> rowsMatching(Submission form, String field, int registered) {
    List<Submission> rows = form.rows(field);
    if (rows.size() != registered) {
      throw form.invalid(field, "give an actual value for each of the " + registered + " registered rows");
    }
    return rows;
  }
}
