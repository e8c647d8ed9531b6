package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportReview;
import org.pilotgate.trial.CheckIn;
import org.pilotgate.trial.EarlyStop;

/**
 * What Java relies on in bpmn/ and forms/, read as the Modeler saved them: a renamed step, form or
 * option fails here rather than in a running pilot. The option labels the public pages copy are
 * checked in LabelsMatchFormsTest.
 */
class ModelContractTest {

  private static final Map<String, Class<? extends BaseElement>> STEPS = Map.ofEntries(
      Map.entry(LifecycleModel.PROCESS, Process.class),
      Map.entry(LifecycleModel.PROPOSE_PILOT, StartEvent.class),
      Map.entry(LifecycleModel.CHECK_PRIOR_WORK, ServiceTask.class),
      Map.entry(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, UserTask.class),
      Map.entry(LifecycleModel.REVIEW_PROPOSAL, UserTask.class),
      Map.entry(LifecycleModel.REVISE_PROPOSAL, UserTask.class),
      Map.entry(LifecycleModel.READ_REJECTION, UserTask.class),
      Map.entry(LifecycleModel.PROPOSAL_REJECTED, EndEvent.class),
      Map.entry(LifecycleModel.PLAN_TRIAL, UserTask.class),
      Map.entry(LifecycleModel.TRIAL, SubProcess.class),
      Map.entry(LifecycleModel.STOP_TRIAL_EARLY, UserTask.class),
      Map.entry(LifecycleModel.RECORD_CHECK_IN, UserTask.class),
      Map.entry(LifecycleModel.EVALUATE_TRIAL, UserTask.class),
      Map.entry(LifecycleModel.RECOMMEND_DECISION, BusinessRuleTask.class),
      Map.entry(LifecycleModel.DECIDE_GATE, UserTask.class),
      Map.entry(LifecycleModel.WRITE_SUCCESS_REPORT, UserTask.class),
      Map.entry(LifecycleModel.REVIEW_SUCCESS_REPORT, UserTask.class),
      Map.entry(LifecycleModel.PILOT_SCALED, EndEvent.class),
      Map.entry(LifecycleModel.SET_FAILURE_REPORT_DEADLINE, ServiceTask.class),
      Map.entry(LifecycleModel.DRAFT_FAILURE_REPORT, UserTask.class),
      Map.entry(LifecycleModel.REVIEW_FAILURE_REPORT, UserTask.class),
      Map.entry(LifecycleModel.CHASE_OVERDUE_REPORT, UserTask.class),
      Map.entry(LifecycleModel.PILOT_STOPPED, EndEvent.class),
      Map.entry(LifecycleModel.CHECK_IN_DUE, IntermediateCatchEvent.class),
      Map.entry(LifecycleModel.TRIAL_END_REACHED, IntermediateCatchEvent.class),
      Map.entry(LifecycleModel.TRIAL_STOPPED_EARLY, BoundaryEvent.class),
      Map.entry(LifecycleModel.PUBLISH_SUCCESS_REPORT, ServiceTask.class),
      Map.entry(LifecycleModel.PUBLISH_FAILURE_REPORT, ServiceTask.class),
      Map.entry(LifecycleModel.FAILURE_REPORT_PUBLISHED, EndEvent.class),
      Map.entry(LifecycleModel.REMINDER_DUE, StartEvent.class),
      Map.entry(LifecycleModel.REPORT_DEADLINE_PASSED, StartEvent.class),
      Map.entry(LifecycleModel.OVERDUE_CHASED, EndEvent.class));

  private final BpmnModelInstance model = ModelFiles.lifecycle();

  @Test
  void everyStepJavaNamesIsInTheModelWithItsType() {
    STEPS.forEach((id, type) -> assertThat((Object) model.getModelElementById(id)).as(id).isInstanceOf(type));
  }

  @Test
  void everyIdInLifecycleModelHasItsTypeListedHere() {
    List<String> ids = Arrays.stream(LifecycleModel.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .map(ModelContractTest::value).toList();
    assertThat(STEPS.keySet()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void everyUserTaskOpensAFormInForms() {
    Set<String> forms = ModelFiles.formIds();
    model.getModelElementsByType(UserTask.class).forEach(task ->
        assertThat(task.getCamundaFormRef()).as(task.getId() + " opens a form in forms/").isIn(forms));
  }

  @Test
  void theFormsOfferExactlyTheCodesJavaReads() {
    assertOptions("pilot-proposal", "serviceArea", ServiceArea.class);
    assertOptions("pilot-proposal", "sector", Partner.Sector.class);
    assertOptions("pilot-proposal", "breachedWhen", HarmLimit.Breach.class);
    assertOptions("evaluate-trial", "breachedWhen", HarmLimit.Breach.class);
    for (String form : List.of("pilot-proposal", "plan-trial", "evaluate-trial", "success-report", "failure-report")) {
      assertOptions(form, "direction", SuccessCriterion.Direction.class);
    }
    assertOptions("review-proposal", "reviewDecision", ProposalReview.Decision.class);
    assertOptions("record-check-in", "checkInStatus", CheckIn.Status.class);
    assertOptions("stop-trial-early", "earlyStopReasonCode", EarlyStop.Reason.class);
    assertOptions("decide-gate", "gateDecision", GateRuling.Decision.class);
    assertOptions("failure-report", "failureReasonCodes", ReportDraft.FailureReason.class);
    assertOptions("review-success-report", "reportReviewDecision", ReportReview.Decision.class);
    assertOptions("review-failure-report", "reportReviewDecision", ReportReview.Decision.class);
  }

  private static void assertOptions(String form, String key, Class<? extends Enum<?>> codes) {
    List<Map<String, String>> fields = ModelFiles.options(form, key);
    assertThat(fields).as(form + " has a field " + key).isNotEmpty();
    List<String> names = Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    fields.forEach(options -> assertThat(options.keySet()).as(form + "." + key + " against " + codes.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(names));
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
