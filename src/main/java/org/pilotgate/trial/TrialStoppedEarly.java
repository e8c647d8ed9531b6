package org.pilotgate.trial;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Announced when a manager stops a pilot's trial early: who, and why. */
public record TrialStoppedEarly(DelegateExecution pilot, String reference, String actor, EarlyStop stop) {}
