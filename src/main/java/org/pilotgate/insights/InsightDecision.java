package org.pilotgate.insights;

/** A manager's answer to an insight note (review-insight's radio). */
enum InsightDecision { APPROVE, RETURN }
