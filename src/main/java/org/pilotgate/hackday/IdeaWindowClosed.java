package org.pilotgate.hackday;

/** An idea arrived when the hack day was not taking ideas: before its window, after it, or once triage began. */
public class IdeaWindowClosed extends RuntimeException {

  public IdeaWindowClosed(String message) {
    super(message);
  }
}
