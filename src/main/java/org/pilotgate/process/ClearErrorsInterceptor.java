package org.pilotgate.process;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.NotAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns what went wrong into an answer the caller can act on, after the engine has rolled the
 * transaction back: a bad value (400, naming the field by its label), a person who may not do this or a route
 * around the model (403), a task claimed by someone else (409), a task
 * someone else completed first (409), or a database that could not be reached (503). Anything else
 * passes through unchanged.
 */
class ClearErrorsInterceptor extends CommandInterceptor {

  private final HistoryService history;
  private final FormFields forms;

  ClearErrorsInterceptor(HistoryService history, FormFields forms) {
    this.history = history;
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (SubmissionRejected | Refused | CallerError alreadyClear) {
      throw alreadyClear;
    } catch (RuntimeException error) {
      throw translated(command, error);
    }
  }

  private RuntimeException translated(Command<?> command, RuntimeException error) {
    for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmission invalid) {
        return new SubmissionRejected(invalid, forms);
      }
      if (cause instanceof NotAllowed notAllowed) {
        return new Refused(notAllowed);
      }
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return CallerError.taskClaimedByAnother(claimed);
      }
      if (isLostConnection(cause)) {
        return CallerError.databaseUnavailable(error);
      }
    }
    String taskId = completedTaskId(command);
    if (taskId != null && (error instanceof OptimisticLockingException || wasCompleted(taskId))) {
      return CallerError.taskAlreadyCompleted(error);
    }
    return error;
  }

  private static boolean isLostConnection(Throwable cause) {
    return cause instanceof CannotCreateTransactionException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
  }

  private boolean wasCompleted(String taskId) {
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    return task != null;
  }

  /**
   * The task a completion command was for, or null for other commands.
   */
  private static String completedTaskId(Command<?> command) {
    if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
      return null;
    }
    return CommandFields.read(command, "taskId");
  }
}
