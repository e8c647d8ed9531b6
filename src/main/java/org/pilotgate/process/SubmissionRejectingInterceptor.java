package org.pilotgate.process;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.NotAllowed;

/**
 * Lets a listener's {@link InvalidSubmission} or {@link NotAllowed} reach the caller as a
 * {@link SubmissionRejected} after the engine has rolled the transaction back, instead of the
 * engine's generic wrapper.
 */
class SubmissionRejectingInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (SubmissionRejected alreadyTranslated) {
      throw alreadyTranslated;
    } catch (RuntimeException error) {
      for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
        if (cause instanceof InvalidSubmission invalid) {
          throw new SubmissionRejected(invalid);
        }
        if (cause instanceof NotAllowed notAllowed) {
          throw new SubmissionRejected(notAllowed);
        }
      }
      throw error;
    }
  }
}
