package org.pilotgate.pilot;

/**
 * What kind of thing a pilot tries, so that "what works" can count like with like. Fixed, like the
 * service areas, because reports travel between councils: a list each council chose would make their
 * counts incomparable.
 */
public enum InterventionKind {
  DIGITAL_SELF_SERVICE,
  OUTREACH,
  PREVENTION,
  PARTNERSHIP,
  PROCESS_REDESIGN,
  BEHAVIOURAL_NUDGE,
  OTHER
}
