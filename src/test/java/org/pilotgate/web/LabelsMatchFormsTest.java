package org.pilotgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;
import org.pilotgate.process.ModelFiles;
import org.pilotgate.trial.EarlyStop;

/** The public pages label the codes the forms store with the forms' own words, where Labels says it copies them. */
class LabelsMatchFormsTest {

  @Test
  void serviceAreasAreTheProposalFormsOptions() {
    assertThat(Labels.SERVICE_AREAS).containsExactlyEntriesOf(onlyField("pilot-proposal", "serviceArea"));
  }

  @Test
  void interventionKindsAreTheProposalFormsOptions() {
    assertThat(Labels.INTERVENTION_KINDS).containsExactlyEntriesOf(onlyField("pilot-proposal", "interventionKind"));
  }

  @Test
  void failureReasonsAreTheFailureReportFormsOptions() {
    Map<String, String> fullLabels = new LinkedHashMap<>();
    Labels.FAILURE_REASONS.forEach((code, labels) -> fullLabels.put(code, labels[1]));
    assertThat(fullLabels).containsExactlyEntriesOf(onlyField("failure-report", "failureReasonCodes"));
  }

  @Test
  void evidenceLevelsAreTheEvaluationFormsOptions() {
    Map<String, String> asTheFormWritesThem = new LinkedHashMap<>();
    Labels.EVIDENCE_LEVELS.forEach((level, labels) -> asTheFormWritesThem.put(level.toString(), level + ": " + labels[1]));
    assertThat(asTheFormWritesThem).containsExactlyEntriesOf(onlyField("evaluate-trial", "evidenceLevel"));
  }

  @Test
  void everyEarlyStopReasonHasALabel() {
    assertThat(Labels.EARLY_STOP_REASONS.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(EarlyStop.Reason.values()).map(Enum::name).toList());
  }

  @Test
  void reviewDecisionsAreTheReviewFormsOptions() {
    assertThat(Labels.REVIEW_DECISIONS).containsExactlyEntriesOf(onlyField("review-proposal", "reviewDecision"));
  }

  @Test
  void reportReviewDecisionsAreBothReportReviewFormsOptions() {
    assertThat(Labels.REPORT_REVIEW_DECISIONS)
        .containsExactlyEntriesOf(onlyField("review-failure-report", "reportReviewDecision"))
        .containsExactlyEntriesOf(onlyField("review-success-report", "reportReviewDecision"));
  }

  @Test
  void checkInStatusesAreTheCheckInFormsOptions() {
    assertThat(Labels.CHECK_IN_STATUSES).containsExactlyEntriesOf(onlyField("record-check-in", "checkInStatus"));
  }

  /** Every form that asks for a criterion's direction offers the same two, with the labels the pages show. */
  @Test
  void directionsAreTheFormsOptions() {
    Labels labels = new Labels(java.time.ZoneOffset.UTC);
    for (String form : List.of("pilot-proposal", "plan-trial", "evaluate-trial", "failure-report", "success-report")) {
      Map<String, String> shown = new LinkedHashMap<>();
      onlyField(form, "direction").keySet().forEach(code -> shown.put(code, labels.directionLabel(code)));
      assertThat(shown).as(form).containsExactlyEntriesOf(onlyField(form, "direction"));
    }
  }

  /** The pages' words for sectors and breaches are shorter than the forms' hints, but every code the forms offer has one. */
  @Test
  void everySectorAndBreachTheFormsOfferHasALabel() {
    Labels labels = new Labels(java.time.ZoneOffset.UTC);
    onlyField("pilot-proposal", "sector").keySet()
        .forEach(code -> assertThat(labels.sectorLabel(code)).as(code).isNotEqualTo(code).isNotBlank());
    for (String form : List.of("pilot-proposal", "evaluate-trial")) {
      onlyField(form, "breachedWhen").forEach((code, formLabel) -> assertThat(labels.breachLabel(code)).as(code)
          .isNotEqualTo(code).isEqualToIgnoringCase(formLabel.replaceFirst("^It ", "")));
    }
  }

  /** A gate choice is either what the manager decided or what the evaluation table recommended. */
  @Test
  void gateChoicesAreTheGateFormsOptionsAndTheRecommendations() {
    Set<String> choices = new LinkedHashSet<>(onlyField("decide-gate", "gateDecision").keySet());
    choices.addAll(recommendations());
    assertThat(Labels.GATE_CHOICES.keySet()).containsExactlyInAnyOrderElementsOf(choices);
  }

  private static Map<String, String> onlyField(String form, String key) {
    List<Map<String, String>> fields = ModelFiles.options(form, key);
    assertThat(fields).as(form + " has one field " + key).hasSize(1);
    return fields.get(0);
  }

  private static List<String> recommendations() {
    Output recommendation = Dmn.readModelFromFile(new File("bpmn/pilot-evaluation.dmn"))
        .getModelElementById("output-recommendation");
    return Arrays.stream(recommendation.getOutputValues().getText().getTextContent().split(","))
        .map(value -> value.strip().replace("\"", "")).toList();
  }
}
