package org.pilotgate.notify;

/** A person PilotGate mails: their user id, name and e-mail address. */
record Recipient(String userId, String name, String address) {}
