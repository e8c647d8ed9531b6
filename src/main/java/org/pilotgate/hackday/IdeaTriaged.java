package org.pilotgate.hackday;

/** A champion answered an idea; the author is told by mail (notify). */
public record IdeaTriaged(HackDay hackDay, Idea idea, String champion) {}
