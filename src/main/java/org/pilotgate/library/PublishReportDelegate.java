package org.pilotgate.library;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Publish the success report" and "Publish the failure report". Runs as its own job, so a
 * failure is retried and then becomes an incident; publishing twice stores one report.
 */
@Component("publishReport")
class PublishReportDelegate implements JavaDelegate {

  private final LibraryReports library;
  private final PilotGateProperties properties;

  PublishReportDelegate(LibraryReports library, PilotGateProperties properties) {
    this.library = library;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Registration registration = RegistrationRecord.read(execution);
    String reference = (String) execution.getVariable("pilotReference");
    @SuppressWarnings("unchecked")
    Map<String, Object> draft = (Map<String, Object>) ProcessData.plain(execution.getVariableTyped("reportDraft"));
    library.publishOnce(new LibraryReport(reference, properties.councilCode() + "/" + reference,
        execution.getProcessInstanceId(), (String) draft.get("outcome"), registration.title(),
        registration.serviceArea().name(), properties.councilCode(), Instant.now(),
        content(execution, registration, draft)));
    execution.setVariable("publishedReportId", reference);
    execution.setVariable("publishedReportUrl", LibraryReportController.PATH + "/" + reference);
  }

  private Map<String, Object> content(DelegateExecution execution, Registration registration,
      Map<String, Object> draft) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("registration", ProcessData.convert(registration, Map.class));
    content.put("registrationVersion", execution.getVariable("registrationVersion"));
    content.put("trial", trial(execution));
    content.put("evaluation", evaluation(execution));
    content.put("gate", gate(execution));
    content.put("report", draft);
    return content;
  }

  private static Map<String, Object> trial(DelegateExecution execution) {
    Map<String, Object> trial = new LinkedHashMap<>();
    trial.put("start", execution.getVariable("trialStart"));
    trial.put("end", execution.getVariable("trialEnd"));
    trial.put("sites", execution.getVariable("trialSites"));
    trial.put("dataCollection", execution.getVariable("dataCollection"));
    trial.put("extensions", execution.getVariable("extensionCount"));
    if (Boolean.TRUE.equals(execution.getVariable("stoppedEarly"))) {
      trial.put("stoppedEarly", Map.of("reasonCode", execution.getVariable("earlyStopReasonCode"),
          "reason", execution.getVariable("earlyStopReason")));
    }
    return trial;
  }

  private static Map<String, Object> evaluation(DelegateExecution execution) {
    if (execution.getVariable("evidenceLevel") == null) {
      return null;
    }
    Map<String, Object> evaluation = new LinkedHashMap<>();
    evaluation.put("criterionResults", ProcessData.plain(execution.getVariableTyped("criterionResults")));
    evaluation.put("harmResults", ProcessData.plain(execution.getVariableTyped("harmResults")));
    evaluation.put("actualCost", execution.getVariable("actualCost"));
    evaluation.put("harmsSeen", execution.getVariable("harmsSeen"));
    evaluation.put("findings", execution.getVariable("findings"));
    evaluation.put("evidenceLevel", execution.getVariable("evidenceLevel"));
    return evaluation;
  }

  private static Map<String, Object> gate(DelegateExecution execution) {
    if (execution.getVariable("gateDecision") == null) {
      return null;
    }
    Map<String, Object> gate = new LinkedHashMap<>();
    gate.put("recommendation", execution.getVariable("recommendation"));
    gate.put("recommendationRationale", execution.getVariable("recommendationRationale"));
    gate.put("decision", execution.getVariable("gateDecision"));
    gate.put("justification", execution.getVariable("gateJustification"));
    return gate;
  }
}
