package org.carepath.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;

/**
 * A job someone was not allowed to execute did not fail. Camunda counts every exception of {@code
 * POST /job/{id}/execute} against the job's retries, the refusal of an unauthorised caller included:
 * three refused calls by a worker of another sector turned a North letter into an incident. A
 * refusal now leaves the job as it was; every real failure is counted as before.
 */
class RefusedJobKeepsRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory engineDefault = new DefaultFailedJobCommandFactory();

  @Override
  public Command<Object> getCommand(String jobId, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return commandContext -> null;
      }
    }
    return engineDefault.getCommand(jobId, failure);
  }
}
