package org.pilotgate.notify;

/**
 * One rendered mail to one person. {@code eventKey} names the event it reports: a second mail with
 * the same key to the same person is never enqueued.
 */
record Mail(String eventKey, Recipient to, MailKind kind, String subject, String text, String html) {}
