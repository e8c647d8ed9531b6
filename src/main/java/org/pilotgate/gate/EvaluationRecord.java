package org.pilotgate.gate;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pilotgate.pilot.Registration;
import org.pilotgate.process.ProcessData;

/** The evaluation's process variables, owned here: their names, and the findings as a report states them. */
public final class EvaluationRecord {

  public static final String CRITERION_RESULTS = "criterionResults";
  public static final String HARM_RESULTS = "harmResults";
  public static final String ACTUAL_COST = "actualCost";
  public static final String EVIDENCE_LEVEL = "evidenceLevel";
  public static final String FINDINGS = "findings";
  public static final String HARMS_SEEN = "harmsSeen";
  /** The field of a results row (criterion, harm limit, report result) that holds the actual value measured. */
  public static final String ACTUAL = "actual";
  /** The decision table's inputs, set when the evaluation is submitted. */
  public static final String PRIMARY_TARGETS_MET_SHARE = "primaryTargetsMetShare";
  public static final String HARM_LIMIT_BREACHED = "harmLimitBreached";
  public static final String COST_TO_BUDGET_RATIO = "costToBudgetRatio";

  private EvaluationRecord() {}

  /** What the evaluation found; the harm limits as evaluated, or as registered when the trial stopped before evaluation. */
  public record Findings(List<HarmResult> harmResults, Integer evidenceLevel, String findings, String harmsSeen) {}

  public static Findings read(VariableScope pilot, Registration registration) {
    Object results = ProcessData.plain(pilot.getVariableTyped(HARM_RESULTS));
    List<HarmResult> harmResults = results != null
        ? Arrays.asList(ProcessData.convert(results, HarmResult[].class))
        : registration.harmLimits().stream().map(HarmResult::pending).toList();
    return new Findings(harmResults, (Integer) pilot.getVariable(EVIDENCE_LEVEL),
        (String) pilot.getVariable(FINDINGS), (String) pilot.getVariable(HARMS_SEEN));
  }
}
