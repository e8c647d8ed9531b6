package org.pilotgate.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing production credentials into a start-up message an operator can act on. */
public class ProductionAdminMissingAnalyzer extends AbstractFailureAnalyzer<ProductionAdmin.Missing> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionAdmin.Missing cause) {
    return new FailureAnalysis(
        "PilotGate will not start in production (profile 'prod'): " + cause.getMessage() + ".",
        "Set " + ProductionAdmin.ID_VARIABLE + " and " + ProductionAdmin.PASSWORD_VARIABLE + " (at least "
            + ProductionAdmin.MIN_PASSWORD_LENGTH + " characters) in the environment. They create the first "
            + "administrator, who then manages users and groups in Camunda Admin.",
        cause);
  }
}
