package org.pilotgate.process;

/**
 * Announced when a person has a pilot's timer fire before it is due, which only the demo's fast path
 * does (the {@code demo} profile; {@link LifecycleGuard} refuses it on every API). The audit chain
 * keeps who did it, to which timer, and by which route.
 */
public record TimerFiredEarly(String reference, String by, Timer timer) {

  /** The timer: its step in the model, the step's name, when it was due (ISO-8601), and the route taken. */
  public record Timer(String step, String name, String dueAt, String route) {}
}
