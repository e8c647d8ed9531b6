package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.pilotgate.gate.EvaluationRecord;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.insights.InsightModel;
import org.pilotgate.library.SimilarFailure;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.InterventionKind;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.FailureReportDeadline;
import org.pilotgate.report.ReportDraft;
import org.pilotgate.report.ReportReview;
import org.pilotgate.trial.CheckIn;
import org.pilotgate.trial.TrialRecord;

/**
 * What Java relies on in bpmn/ and forms/, read as the Modeler saved them: a renamed step, form or
 * option fails here rather than in a running pilot. The option labels the public pages copy are
 * checked in LabelsMatchFormsTest.
 */
class ModelContractTest {

  private static final Map<String, Class<? extends BaseElement>> STEPS = Map.ofEntries(
      Map.entry(LifecycleModel.PROCESS, Process.class),
      Map.entry(LifecycleModel.PROPOSE_PILOT, StartEvent.class),
      Map.entry(LifecycleModel.PROPOSE_FROM_IDEA, StartEvent.class),
      Map.entry(LifecycleModel.COMPLETE_PROPOSAL, UserTask.class),
      Map.entry(LifecycleModel.CHECK_PRIOR_WORK, ServiceTask.class),
      Map.entry(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, UserTask.class),
      Map.entry(LifecycleModel.REVIEW_PROPOSAL, UserTask.class),
      Map.entry(LifecycleModel.REVISE_PROPOSAL, UserTask.class),
      Map.entry(LifecycleModel.READ_REJECTION, UserTask.class),
      Map.entry(LifecycleModel.PROPOSAL_REJECTED, EndEvent.class),
      Map.entry(LifecycleModel.PLAN_TRIAL, UserTask.class),
      Map.entry(LifecycleModel.TRIAL, SubProcess.class),
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

  private static final Pattern TASK_DUE = Pattern.compile("\\$\\{taskDeadlines\\.due\\('([^']*)'\\)}");
  /** Where a user task's due date may come from: PilotGate's beans, or a variable a step of the model set. */
  private static final Pattern ANY_DUE = Pattern.compile(
      "\\$\\{(taskDeadlines\\.due\\('[^']*'\\)|decisionDeadlines\\.(review|gate)\\(\\)|failureReportDueDate)}");

  /** The fields Java reads from each step's submission, by the step that submits them. */
  private static final List<String> PROPOSAL = List.of(RegistrationRecord.TITLE, RegistrationRecord.SUMMARY,
      RegistrationRecord.PROBLEM, RegistrationRecord.HYPOTHESIS, RegistrationRecord.SERVICE_AREA,
      RegistrationRecord.INTERVENTION_KIND, RegistrationRecord.INTERVENTION_WHAT, RegistrationRecord.INTERVENTION_WHO, RegistrationRecord.INTERVENTION_WHERE,
      RegistrationRecord.INTERVENTION_FREQUENCY, RegistrationRecord.PLANNED_SITES,
      RegistrationRecord.PLANNED_PARTICIPANTS, RegistrationRecord.PLANNED_START, RegistrationRecord.PLANNED_END,
      RegistrationRecord.BUDGET_REQUESTED, RegistrationRecord.PARTNERS, RegistrationRecord.SUCCESS_CRITERIA,
      RegistrationRecord.HARM_LIMITS, RegistrationRecord.ROW_NAME, RegistrationRecord.ROW_UNIT,
      SuccessCriterion.BASELINE, SuccessCriterion.TARGET, SuccessCriterion.DIRECTION, SuccessCriterion.PRIMARY,
      SuccessCriterion.MINIMUM_WORTHWHILE_CHANGE, HarmLimit.LIMIT, HarmLimit.BREACHED_WHEN, Partner.SECTOR, Partner.ROLE,
      Partner.REGISTER_ID);
  private static final List<String> REPORT = List.of(ReportDraft.WHAT_WAS_TRIED, ReportDraft.RESULTS,
      EvaluationRecord.ACTUAL, ReportDraft.COMMENTARY, ReportDraft.LESSONS_FOR_OTHERS, ReportDraft.COST_SPENT);
  private static final List<String> REPORT_REVIEW = List.of(ReportReview.DECISION, ReportReview.COMMENTS);
  private static final Map<String, List<String>> FIELDS_READ = Map.ofEntries(
      Map.entry(LifecycleModel.PROPOSE_PILOT, PROPOSAL),
      Map.entry(LifecycleModel.REVISE_PROPOSAL, PROPOSAL),
      Map.entry(LifecycleModel.COMPLETE_PROPOSAL, PROPOSAL),
      Map.entry(LifecycleModel.ACKNOWLEDGE_PRIOR_WORK, List.of(SimilarFailure.VARIABLE, SimilarFailure.WHAT_IS_DIFFERENT)),
      Map.entry(LifecycleModel.REVIEW_PROPOSAL, List.of(ProposalReview.DECISION, ProposalReview.COMMENTS)),
      Map.entry(LifecycleModel.PLAN_TRIAL, List.of(TrialRecord.START, TrialRecord.END, TrialRecord.SITES,
          TrialRecord.DATA_COLLECTION, RegistrationRecord.SUCCESS_CRITERIA, SuccessCriterion.BASELINE)),
      Map.entry(LifecycleModel.RECORD_CHECK_IN, List.of(CheckIn.STATUS, CheckIn.NOTES)),
      Map.entry(LifecycleModel.EVALUATE_TRIAL, List.of(EvaluationRecord.CRITERION_RESULTS,
          EvaluationRecord.HARM_RESULTS, EvaluationRecord.ACTUAL, EvaluationRecord.ACTUAL_COST,
          EvaluationRecord.HARMS_SEEN, EvaluationRecord.FINDINGS, EvaluationRecord.EVIDENCE_LEVEL)),
      Map.entry(LifecycleModel.DECIDE_GATE, List.of(GateRuling.DECISION, GateRuling.JUSTIFICATION,
          GateRuling.NEW_TRIAL_END, TrialRecord.ADAPTATION)),
      Map.entry(LifecycleModel.WRITE_SUCCESS_REPORT, concat(REPORT, ReportDraft.WHAT_WORKED, ReportDraft.SCALING_PLAN)),
      Map.entry(LifecycleModel.REVIEW_SUCCESS_REPORT, REPORT_REVIEW),
      Map.entry(LifecycleModel.DRAFT_FAILURE_REPORT, concat(REPORT, ReportDraft.FAILURE_REASON_CODES,
          ReportDraft.WHY_IT_DID_NOT_WORK)),
      Map.entry(LifecycleModel.REVIEW_FAILURE_REPORT, REPORT_REVIEW),
      Map.entry(LifecycleModel.CHASE_OVERDUE_REPORT, List.of(FailureReportDeadline.OVERDUE_FOLLOW_UP)));

  /** The variables Java writes that the model's expressions read: assignees, timers, gateway conditions. */
  private static final List<String> READ_IN_EXPRESSIONS = List.of(PilotRecords.PROPOSER_VARIABLE,
      TrialRecord.END_DATE, TrialRecord.CHECK_IN_INTERVAL, FailureReportDeadline.DUE_DATE,
      FailureReportDeadline.REMINDER_DATE, SimilarFailure.FOUND, ProposalReview.DECISION, GateRuling.DECISION,
      ReportReview.DECISION);

  /** The decision table's inputs, which Java sets, and its outputs, which Java reads. */
  private static final List<String> DECISION_TABLE = List.of(EvaluationRecord.PRIMARY_TARGETS_MET_SHARE,
      EvaluationRecord.HARM_LIMIT_BREACHED, EvaluationRecord.COST_TO_BUDGET_RATIO, EvaluationRecord.EVIDENCE_LEVEL,
      PilotRecords.RECOMMENDATION_VARIABLE, PilotRecords.RECOMMENDATION_RATIONALE_VARIABLE);

  private final BpmnModelInstance model = ModelFiles.lifecycle();

  @Test
  void everyStepJavaNamesIsInTheModelWithItsType() {
    STEPS.forEach((id, type) -> assertThat((Object) model.getModelElementById(id)).as(id).isInstanceOf(type));
  }

  /** The champions' processes, each in its own file named after it, with the steps and the message Java names. */
  @Test
  void everyStepOfTheChampionsWorkIsInItsModel() {
    BpmnModelInstance confirm = Bpmn.readModelFromFile(new File("bpmn/" + ChampionsModel.CONFIRM_PARTNER_PROCESS + ".bpmn"));
    BpmnModelInstance suggest = Bpmn.readModelFromFile(new File("bpmn/" + ChampionsModel.SUGGEST_PARTNERS_PROCESS + ".bpmn"));
    assertThat((Object) confirm.getModelElementById(ChampionsModel.CONFIRM_PARTNER_PROCESS)).isInstanceOf(Process.class);
    assertThat((Object) confirm.getModelElementById(ChampionsModel.CONFIRM_PARTNER)).isInstanceOf(UserTask.class);
    assertThat((Object) confirm.getModelElementById(ChampionsModel.PARTNER_SETTLED)).isInstanceOf(EndEvent.class);
    assertThat((Object) suggest.getModelElementById(ChampionsModel.SUGGEST_PARTNERS_PROCESS)).isInstanceOf(Process.class);
    assertThat((Object) suggest.getModelElementById(ChampionsModel.SUGGEST_PARTNERS)).isInstanceOf(UserTask.class);
    assertThat((Object) suggest.getModelElementById(ChampionsModel.PARTNERS_SUGGESTED)).isInstanceOf(EndEvent.class);
    assertThat((Object) suggest.getModelElementById(ChampionsModel.SUGGESTIONS_CLOSED)).isInstanceOf(EndEvent.class);
    BoundaryEvent planned = suggest.getModelElementById(ChampionsModel.TRIAL_PLANNED);
    assertThat(planned.getEventDefinitions()).singleElement().isInstanceOfSatisfying(MessageEventDefinition.class,
        message -> assertThat(message.getMessage().getName()).isEqualTo(ChampionsModel.TRIAL_PLANNED_MESSAGE));
    for (BpmnModelInstance model : List.of(confirm, suggest)) {
      StartEvent start = model.getModelElementsByType(StartEvent.class).iterator().next();
      assertThat(start.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
          .singleResult().getCamundaDelegateExpression()).as("only PilotGate starts it").isEqualTo("${startedBesideAPilot}");
    }
  }

  /** The quarterly insight: its own file, a timer-only start on a quarterly cycle, the steps Java names. */
  @Test
  void everyStepOfTheWhatWorksInsightIsInItsModel() {
    BpmnModelInstance insight = Bpmn.readModelFromFile(new File("bpmn/" + InsightModel.PROCESS + ".bpmn"));
    assertThat((Object) insight.getModelElementById(InsightModel.PROCESS)).isInstanceOf(Process.class);
    assertThat((Object) insight.getModelElementById(InsightModel.WRITE_INSIGHT)).isInstanceOf(UserTask.class);
    assertThat((Object) insight.getModelElementById(InsightModel.REVIEW_INSIGHT)).isInstanceOf(UserTask.class);
    assertThat((Object) insight.getModelElementById(InsightModel.INSIGHT_PUBLISHED)).isInstanceOf(EndEvent.class);
    StartEvent start = insight.getModelElementById(InsightModel.QUARTER_BEGUN);
    assertThat(start.getEventDefinitions()).singleElement().isInstanceOfSatisfying(TimerEventDefinition.class,
        timer -> assertThat(timer.getTimeCycle().getTextContent()).isEqualTo("0 0 9 1 1,4,7,10 ?"));
    assertThat(start.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
        .singleResult().getCamundaDelegateExpression()).as("only its timer starts it").isEqualTo("${quarterBegun}");
  }

  @Test
  void everyIdInLifecycleModelHasItsTypeListedHere() {
    List<String> ids = Arrays.stream(LifecycleModel.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .map(ModelContractTest::value).toList();
    assertThat(Stream.concat(STEPS.keySet().stream(), Stream.of(LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE,
        LifecycleModel.PROPOSED_FROM_IDEA_MESSAGE)).toList())
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void aManagersEarlyStopIsTheMessageThatInterruptsTheTrial() {
    BoundaryEvent stopped = model.getModelElementById(LifecycleModel.TRIAL_STOPPED_EARLY);
    assertThat(stopped.getAttachedTo().getId()).isEqualTo(LifecycleModel.TRIAL);
    assertThat(stopped.cancelActivity()).isTrue();
    assertThat(stopped.getEventDefinitions()).singleElement().isInstanceOfSatisfying(MessageEventDefinition.class,
        message -> assertThat(message.getMessage().getName()).isEqualTo(LifecycleModel.TRIAL_STOPPED_EARLY_MESSAGE));
    assertThat(model.getModelElementsByType(UserTask.class)).as("no task waits for the stop")
        .noneMatch(task -> task.getName().toLowerCase().contains("stop"));
  }

  @Test
  void everyUserTaskIsDueAsTheSettingsSayAndEverySettingIsATaskAskingForIt() {
    Map<String, String> asked = new TreeMap<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> {
      String due = task.getCamundaDueDate();
      if (due != null) {
        assertThat(due).as(task.getId() + " has a due date from settings, not one fixed in the model").matches(ANY_DUE);
        Matcher taskDue = TASK_DUE.matcher(due);
        if (taskDue.matches()) {
          asked.put(task.getId(), taskDue.group(1));
        }
      }
    });
    asked.forEach((task, key) -> assertThat(key).as(task + " asks for its own due date").isEqualTo(task));
    assertThat(TaskDeadlines.DEFAULTS.keySet())
        .as("pilotgate.due-within names exactly the tasks of the model that ask taskDeadlines")
        .containsExactlyInAnyOrderElementsOf(asked.keySet());
    for (Path settings : ModelFiles.applicationSettings()) {
      assertThat(asked.keySet()).as("pilotgate.due-within in " + settings)
          .containsAll(ModelFiles.settings(settings).dueWithin().keySet());
    }
  }

  @Test
  void everyUserTaskOpensAFormInForms() {
    Set<String> forms = ModelFiles.formIds();
    model.getModelElementsByType(UserTask.class).forEach(task ->
        assertThat(task.getCamundaFormRef()).as(task.getId() + " opens a form in forms/").isIn(forms));
  }

  /** A field renamed in the Modeler fails here, not when a pilot submits the form. */
  @Test
  void everyFieldJavaReadsIsInTheFormOfTheStepThatSubmitsIt() {
    FIELDS_READ.forEach((step, fields) -> {
      String form = model.getModelElementById(step).getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
      assertThat(ModelFiles.fieldKeys(form)).as(step + " submits the form " + form + " with the fields Java reads")
          .containsAll(fields);
    });
  }

  @Test
  void everyStepWithAFormHasItsFieldsListedHere() {
    List<String> stepsWithForms = model.getModelElementsByType(BaseElement.class).stream()
        .filter(element -> element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef") != null)
        .map(BaseElement::getId).filter(step -> !step.equals(LifecycleModel.READ_REJECTION)).toList();
    assertThat(FIELDS_READ.keySet()).as("steps whose submission Java reads (ReadRejection submits nothing)")
        .containsExactlyInAnyOrderElementsOf(stepsWithForms);
  }

  @Test
  void theVariablesTheModelReadsAreTheOnesJavaWrites() throws IOException {
    String lifecycle = Files.readString(Path.of("bpmn/pilot-lifecycle.bpmn"));
    READ_IN_EXPRESSIONS.forEach(name -> assertThat(lifecycle).as("the model reads ${" + name + "}")
        .containsPattern("\\$\\{!?" + name + "\\b"));
    String table = Files.readString(Path.of("bpmn/pilot-evaluation.dmn"));
    DECISION_TABLE.forEach(name -> assertThat(table).as("the decision table names " + name)
        .containsPattern("<text>" + name + "</text>|name=\"" + name + "\""));
  }

  @Test
  void theFormsOfferExactlyTheCodesJavaReads() {
    assertOptions("pilot-proposal", RegistrationRecord.SERVICE_AREA, ServiceArea.class);
    assertOptions("pilot-proposal", RegistrationRecord.INTERVENTION_KIND, InterventionKind.class);
    assertOptions("pilot-proposal", Partner.SECTOR, Partner.Sector.class);
    assertOptions("pilot-proposal", HarmLimit.BREACHED_WHEN, HarmLimit.Breach.class);
    assertOptions("evaluate-trial", HarmLimit.BREACHED_WHEN, HarmLimit.Breach.class);
    for (String form : List.of("pilot-proposal", "plan-trial", "evaluate-trial", "success-report", "failure-report")) {
      assertOptions(form, SuccessCriterion.DIRECTION, SuccessCriterion.Direction.class);
    }
    assertOptions("review-proposal", ProposalReview.DECISION, ProposalReview.Decision.class);
    assertOptions("record-check-in", CheckIn.STATUS, CheckIn.Status.class);
    assertOptions("decide-gate", GateRuling.DECISION, GateRuling.Decision.class);
    assertOptions("failure-report", ReportDraft.FAILURE_REASON_CODES, ReportDraft.FailureReason.class);
    assertOptions("review-success-report", ReportReview.DECISION, ReportReview.Decision.class);
    assertOptions("review-failure-report", ReportReview.DECISION, ReportReview.Decision.class);
  }

  private static void assertOptions(String form, String key, Class<? extends Enum<?>> codes) {
    List<Map<String, String>> fields = ModelFiles.options(form, key);
    assertThat(fields).as(form + " has a field " + key).isNotEmpty();
    List<String> names = Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    fields.forEach(options -> assertThat(options.keySet()).as(form + "." + key + " against " + codes.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(names));
  }

  private static List<String> concat(List<String> fields, String... more) {
    return java.util.stream.Stream.concat(fields.stream(), Arrays.stream(more)).toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
