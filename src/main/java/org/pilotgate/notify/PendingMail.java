package org.pilotgate.notify;

/** An outbox row to deliver, with the attempts made so far. */
record PendingMail(long id, String address, String subject, String text, String html, int attempts) {}
