package org.pilotgate.process;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.pilotgate.form.InvalidSubmission;

/**
 * Lets a listener's {@link InvalidSubmission} reach the caller as a {@link SubmissionRejected}
 * after the engine has rolled the transaction back, instead of the engine's generic wrapper.
 */
class SubmissionRejectingInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (SubmissionRejected alreadyTranslated) {
      throw alreadyTranslated;
    } catch (RuntimeException error) {
      InvalidSubmission invalid = InvalidSubmission.findIn(error);
      if (invalid == null) {
        throw error;
      }
      throw new SubmissionRejected(invalid);
    }
  }
}
