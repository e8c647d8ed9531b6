package org.pilotgate.hackday;

import java.util.Date;

/**
 * The triage's reminder (to the champions) or its escalation once overdue (to the managers), with how
 * many ideas still wait for an answer.
 */
public record TriageNudged(HackDay hackDay, boolean overdue, int ideasWaiting, Date due) {}
