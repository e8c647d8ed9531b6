package org.pilotgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DMN decision {@code pilot-evaluation} ({@code bpmn/pilot-evaluation.dmn}) on the plain Camunda
 * DMN engine: no Spring, no process engine. One test per rule, boundary tests, and a sweep that shows
 * every combination of valid inputs gets exactly one recommendation.
 */
class PilotEvaluationDecisionTest {

  private static final String RESOURCE = "bpmn/pilot-evaluation.dmn";
  private static final String DECISION_KEY = "pilot-evaluation";

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = openModel()) {
      decision = dmnEngine.parseDecision(DECISION_KEY, in);
    }
  }

  /** From the classpath (the pom copies {@code bpmn/} there), else from the folder on disk. */
  private static InputStream openModel() throws IOException {
    InputStream in = PilotEvaluationDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    return in != null ? in : Files.newInputStream(Path.of(RESOURCE));
  }

  private static DmnDecisionTableResult evaluate(double share, boolean breached, double costRatio, int evidence) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("primaryTargetsMetShare", share);
    variables.put("harmLimitBreached", breached);
    variables.put("costToBudgetRatio", costRatio);
    variables.put("evidenceLevel", evidence);
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  /** Evaluates and asserts exactly one rule answered, with a non-empty rationale; returns the recommendation. */
  private static String recommend(double share, boolean breached, double costRatio, int evidence) {
    DmnDecisionTableResult result = evaluate(share, breached, costRatio, evidence);
    String inputs = String.format("share=%s breached=%s costRatio=%s evidence=%s", share, breached, costRatio, evidence);
    assertThat(result.getResultList()).as("results for %s", inputs).hasSize(1);
    DmnDecisionRuleResult entries = result.getSingleResult();
    assertThat(entries.<String>getEntry("recommendationRationale")).as("rationale for %s", inputs).isNotBlank();
    return entries.getEntry("recommendation");
  }

  // ---- one test per rule, in table order ----

  @Test
  void harmLimitBreachedStopsWhateverTheResults() {
    assertThat(recommend(1.0, true, 0.9, 5)).isEqualTo("STOP");
    assertThat(recommend(0.0, true, 2.0, 1)).isEqualTo("STOP");
    assertThat(evaluate(1.0, true, 0.9, 5).getSingleResult().<String>getEntry("recommendationRationale"))
        .isEqualTo("A harm limit was breached: stop the pilot whatever the other results.");
  }

  @Test
  void allPrimaryCriteriaMetWithinBudgetOnLevelThreeEvidenceScales() {
    assertThat(recommend(1.0, false, 0.8, 4)).isEqualTo("SCALE");
  }

  @Test
  void allPrimaryCriteriaMetOverBudgetAdapts() {
    assertThat(recommend(1.0, false, 1.5, 4)).isEqualTo("ADAPT");
    // over budget comes before weak evidence: the table is FIRST, rule 3 precedes rule 4
    assertThat(recommend(1.0, false, 1.5, 1)).isEqualTo("ADAPT");
  }

  @Test
  void promisingResultsOnEvidenceBelowLevelThreeExtend() {
    assertThat(recommend(0.75, false, 1.0, 2)).isEqualTo("EXTEND");
    assertThat(recommend(1.0, false, 1.0, 1)).isEqualTo("EXTEND");
  }

  @Test
  void someButNotAllPrimaryCriteriaMetAdapts() {
    assertThat(recommend(0.75, false, 1.0, 3)).isEqualTo("ADAPT");
    assertThat(recommend(0.6, false, 1.8, 5)).isEqualTo("ADAPT");
  }

  @Test
  void fewerThanHalfMetOnLevelTwoEvidenceOrAboveStops() {
    assertThat(recommend(0.25, false, 1.0, 4)).isEqualTo("STOP");
  }

  @Test
  void fewerThanHalfMetOnLevelOneEvidenceIsInconclusive() {
    assertThat(recommend(0.25, false, 1.0, 1)).isEqualTo("INCONCLUSIVE");
  }

  // ---- boundaries ----

  @Test
  void shareOfExactlyHalfCountsAsAtLeastHalf() {
    assertThat(recommend(0.5, false, 1.0, 3)).isEqualTo("ADAPT");
    assertThat(recommend(0.5, false, 1.0, 2)).isEqualTo("EXTEND");
    assertThat(recommend(0.5, false, 1.0, 1)).isEqualTo("EXTEND");
    assertThat(recommend(0.49, false, 1.0, 3)).isEqualTo("STOP");
    assertThat(recommend(0.49, false, 1.0, 1)).isEqualTo("INCONCLUSIVE");
  }

  @Test
  void costRatioOfExactlyOnePointOneIsWithinTolerance() {
    assertThat(recommend(1.0, false, 1.1, 3)).isEqualTo("SCALE");
    // 110 spent of 100 budgeted, as the evaluation code will compute it
    assertThat(recommend(1.0, false, 110.0 / 100.0, 3)).isEqualTo("SCALE");
    assertThat(recommend(1.0, false, 1.11, 3)).isEqualTo("ADAPT");
  }

  @Test
  void evidenceLevelOfExactlyThreeIsEnoughToScale() {
    assertThat(recommend(1.0, false, 1.0, 3)).isEqualTo("SCALE");
    assertThat(recommend(0.9, false, 1.0, 3)).isEqualTo("ADAPT");
  }

  @Test
  void evidenceLevelOfExactlyTwoExtendsPromisingResultsAndStopsPoorOnes() {
    assertThat(recommend(1.0, false, 1.0, 2)).isEqualTo("EXTEND");
    assertThat(recommend(0.5, false, 1.0, 2)).isEqualTo("EXTEND");
    assertThat(recommend(0.4, false, 1.0, 2)).isEqualTo("STOP");
    assertThat(recommend(0.0, false, 0.0, 2)).isEqualTo("STOP");
  }

  // ---- completeness ----

  @Test
  void everyCombinationOfValidInputsGetsExactlyOneRecommendation() {
    List<String> mismatches = new ArrayList<>();
    int evaluated = 0;
    for (boolean breached : new boolean[] {true, false}) {
      for (int s = 0; s <= 20; s++) {
        double share = s / 20.0; // 0, 0.05, ... 1
        for (int c = 0; c <= 20; c++) {
          double costRatio = c / 10.0; // 0, 0.1, ... 2
          for (int evidence = 1; evidence <= 5; evidence++) {
            String actual = recommend(share, breached, costRatio, evidence);
            String expected = expectedBySpecification(share, breached, costRatio, evidence);
            if (!expected.equals(actual)) {
              mismatches.add(String.format("share=%s breached=%s costRatio=%s evidence=%s: %s, expected %s",
                  share, breached, costRatio, evidence, actual, expected));
            }
            evaluated++;
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(2 * 21 * 21 * 5);
    assertThat(mismatches).as("recommendations that differ from the specification").isEmpty();
  }

  /** The seven rules as written in the specification, independently of the DMN file. */
  private static String expectedBySpecification(double share, boolean breached, double costRatio, int evidence) {
    if (breached) return "STOP";
    if (share >= 1 && costRatio <= 1.1 && evidence >= 3) return "SCALE";
    if (share >= 1 && costRatio > 1.1) return "ADAPT";
    if (share >= 0.5 && evidence <= 2) return "EXTEND";
    if (share >= 0.5 && share < 1 && evidence >= 3) return "ADAPT";
    if (share < 0.5 && evidence >= 2) return "STOP";
    if (share < 0.5 && evidence == 1) return "INCONCLUSIVE";
    return "NO RULE";
  }

  // ---- the model itself ----

  @Test
  void modelIsFirstHitWithSevenAnnotatedRulesATimeToLiveAndADiagram() throws IOException {
    DmnModelInstance model;
    try (InputStream in = openModel()) {
      model = Dmn.readModelFromStream(in);
    }
    Decision dmnDecision = model.getModelElementById(DECISION_KEY);
    assertThat(dmnDecision.getName()).isEqualTo("Recommend a gate decision");
    assertThat(dmnDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("P2557D");

    DecisionTable table = (DecisionTable) dmnDecision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getRules()).hasSize(7);
    for (Rule rule : table.getRules()) {
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("annotation of %s", rule.getId()).isNotBlank();
    }
    assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0", "executionPlatformVersion"))
        .isEqualTo("7.24.0");
    // DMNDI: a shape for the decision so Camunda Modeler can draw the DRD
    String xml;
    try (InputStream in = openModel()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(xml).contains("<dmndi:DMNShape", "dmnElementRef=\"" + DECISION_KEY + "\"");
  }
}
