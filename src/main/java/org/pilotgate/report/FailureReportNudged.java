package org.pilotgate.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Announced, in the nudging step's transaction, when a failure report falls due soon ("Remind the
 * author") or is overdue ("Escalate the overdue report"), so that its author can be told.
 */
public record FailureReportNudged(DelegateExecution pilot, boolean overdue) {}
