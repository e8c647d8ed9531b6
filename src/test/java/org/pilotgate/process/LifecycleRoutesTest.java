package org.pilotgate.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.process.LifecycleModel.CHASE_OVERDUE_REPORT;
import static org.pilotgate.process.LifecycleModel.CHECK_IN_DUE;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.OVERDUE_CHASED;
import static org.pilotgate.process.LifecycleModel.PILOT_STOPPED;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.PROCESS;
import static org.pilotgate.process.LifecycleModel.PUBLISH_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REPORT_DEADLINE_PASSED;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.SET_FAILURE_REPORT_DEADLINE;
import static org.pilotgate.process.LifecycleModel.TRIAL_END_REACHED;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.beans.FeatureDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lifecycle model's own routes, on a plain engine of this class's own (camunda-bpm-junit5: no
 * Spring, none of PilotGate's engine plug-ins): each test starts a pilot at the step under test. The
 * beans the model names are stand-ins ({@link Mocks}) that set only what the model's gateways,
 * timers and due dates read, so what is checked here is the diagram: where each decision leads and
 * which timer ends what.
 *
 * <p>Starting part-way works here only because this engine has no {@code LifecycleGuard}: PilotGate's
 * engine refuses it to everyone (PromisesHoldAgainstAnyRouteTest, EngineApiAttackTest). The real
 * beans, the guards, PilotGate's records and whole journeys from the proposal on are
 * {@link PilotLifecycleScenariosTest}'s.
 */
class LifecycleRoutesTest {

  private static final String ENGINE_NAME = "lifecycle-routes";

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(modelOnlyEngine()).build();

  /** This class's engine, set by the extension. */
  ProcessEngine engine;

  /** Stands in for every bean the model names that a route does not depend on. */
  private static final Object NOTHING = new StandIn();

  @BeforeEach
  void standIns() throws IOException {
    BpmnAwareTests.init(engine);
    beansTheModelNames().forEach(bean -> Mocks.register(bean, NOTHING));
    Mocks.register("checkPriorWork", (JavaDelegate) execution -> execution.setVariable("similarFailureFound", false));
    Mocks.register("setFailureReportDeadline", (JavaDelegate) execution -> {
      execution.setVariable("failureReportReminderDate", inDays(70));
      execution.setVariable("failureReportDueDate", inDays(84));
    });
  }

  @AfterEach
  void noStandInsLeft() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeEngine() {
    ProcessEngines.getProcessEngine(ENGINE_NAME).close();
  }

  @ParameterizedTest
  @CsvSource({"SCALE, " + WRITE_SUCCESS_REPORT, "ADAPT, " + PLAN_TRIAL, "STOP, " + DRAFT_FAILURE_REPORT})
  void eachGateDecisionLeadsToItsStep(String decision, String next) {
    ProcessInstance pilot = startBefore(DECIDE_GATE);

    complete(pilot, DECIDE_GATE, Variables.createVariables().putValue("gateDecision", decision));

    assertThat(pilot).hasPassed(DECIDE_GATE).isWaitingAt(next);
  }

  @Test
  void anExtensionRunsTheTrialAgainWithItsTimers() {
    ProcessInstance pilot = startBefore(DECIDE_GATE);

    complete(pilot, DECIDE_GATE, Variables.createVariables().putValue("gateDecision", "EXTEND"));

    assertThat(pilot).isWaitingAt(CHECK_IN_DUE, TRIAL_END_REACHED);
  }

  @Test
  void aStoppedPilotOwesItsReportAndAReturnedReportGoesBackToItsAuthor() {
    ProcessInstance pilot = startBefore(SET_FAILURE_REPORT_DEADLINE);
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT).task().isAssignedTo("olivia");

    complete(pilot, DRAFT_FAILURE_REPORT, Variables.createVariables());
    complete(pilot, REVIEW_FAILURE_REPORT, Variables.createVariables().putValue("reportReviewDecision", "RETURN"));

    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT).task().isAssignedTo("olivia");
  }

  /** Moved from PilotLifecycleScenariosTest, where it drove the pilot from its proposal: it checks the route only. */
  @Test
  void publishingEndsAnUnfinishedChaseOfTheOverdueReport() {
    ProcessInstance pilot = startBefore(SET_FAILURE_REPORT_DEADLINE);
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT);
    fire(pilot, REPORT_DEADLINE_PASSED);
    assertThat(pilot).isWaitingAt(DRAFT_FAILURE_REPORT, CHASE_OVERDUE_REPORT);

    complete(pilot, DRAFT_FAILURE_REPORT, Variables.createVariables());
    complete(pilot, REVIEW_FAILURE_REPORT, Variables.createVariables().putValue("reportReviewDecision", "APPROVE"));
    fire(pilot, PUBLISH_FAILURE_REPORT);
    assertThat(pilot).isEnded().hasPassed(PILOT_STOPPED).hasNotPassed(OVERDUE_CHASED);
  }

  /** A pilot of olivia's, its trial planned to have ended, started just before {@code activityId}. */
  private ProcessInstance startBefore(String activityId) {
    return engine.getRuntimeService().createProcessInstanceByKey(PROCESS)
        .businessKey("PIL-TEST-" + UUID.randomUUID().toString().substring(0, 8))
        .setVariables(Variables.createVariables()
            .putValue("proposer", "olivia")
            .putValue("trialEndDate", inDays(90))
            .putValue("checkInInterval", "P14D"))
        .startBeforeActivity(activityId)
        .execute();
  }

  private void complete(ProcessInstance pilot, String taskKey, VariableMap values) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(pilot.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    org.assertj.core.api.Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), values);
  }

  private void fire(ProcessInstance pilot, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pilot.getId())
        .activityId(activityId).list();
    org.assertj.core.api.Assertions.assertThat(jobs).as("job at %s", activityId).hasSize(1);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  private static Date inDays(int days) {
    return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
  }

  private static ProcessEngine modelOnlyEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setJdbcUrl("jdbc:h2:mem:lifecycle-routes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new StandInExpressions());
    ProcessEngine engine = configuration.buildProcessEngine();
    // once for the class: each test starts pilots of its own
    engine.getRepositoryService().createDeployment().name("lifecycle-routes")
        .addClasspathResource("bpmn/pilot-lifecycle.bpmn").addClasspathResource("bpmn/pilot-evaluation.dmn").deploy();
    return engine;
  }

  /**
   * The beans the model names, read from it so that a bean the model gains is stood in for too: the
   * delegates and listeners ({@code delegateExpression="${bean}"}) and the beans whose methods give due
   * dates ({@code ${bean.method(...)}}); {@code decisionResult} is the decision task's result, not a bean.
   */
  private static Set<String> beansTheModelNames() throws IOException {
    String model = Files.readString(Path.of("bpmn/pilot-lifecycle.bpmn"));
    Set<String> beans = new TreeSet<>();
    for (Pattern named : List.of(Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\""),
        Pattern.compile("\\$\\{(\\w+)\\.\\w+\\("))) {
      Matcher found = named.matcher(model);
      while (found.find()) {
        beans.add(found.group(1));
      }
    }
    beans.remove("decisionResult");
    return beans;
  }

  /** Camunda's expressions with Mocks, where every method called on a stand-in (a due date) answers two weeks out. */
  private static final class StandInExpressions extends MockExpressionManager {
    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new DueDates());
      resolver.add(super.createElResolver());
      return resolver;
    }
  }

  private static final class DueDates extends ELResolver {
    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      if (!(base instanceof StandIn)) {
        return null;
      }
      context.setPropertyResolved(true);
      return inDays(14);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {}

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }

  private static final class StandIn implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }
}
