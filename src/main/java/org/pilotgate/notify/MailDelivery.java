package org.pilotgate.notify;

/** Hands a mail to the SMTP server, or to the log when none is configured. Throws if it could not. */
interface MailDelivery {

  void deliver(PendingMail mail);
}
