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

/** The public pages label the codes the forms store with the forms' own words, where Labels says it copies them. */
class LabelsMatchFormsTest {

  @Test
  void serviceAreasAreTheProposalFormsOptions() {
    assertThat(Labels.SERVICE_AREAS).containsExactlyEntriesOf(onlyField("pilot-proposal", "serviceArea"));
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
  void earlyStopReasonsAreTheStopFormsOptions() {
    assertThat(Labels.EARLY_STOP_REASONS.keySet())
        .containsExactlyInAnyOrderElementsOf(onlyField("stop-trial-early", "earlyStopReasonCode").keySet());
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
