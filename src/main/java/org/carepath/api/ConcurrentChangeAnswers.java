package org.carepath.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API answers every engine exception of a task completion with 500. carepath answers
 * what is the caller's doing with a 4xx a person can act on (nothing of a refused request is stored):
 * a concurrent change (two people completing the same task at once) with 409; a refusal by carepath's
 * own checks, a decision that cannot read the answers, a Java-serialized or unknown-class variable,
 * a value too long for the database or a password against the policy with 400. Every other error keeps Camunda's own answer.
 */
@Configuration
class ConcurrentChangeAnswers {

  static final String MESSAGE =
      "Someone else completed or changed this at the same moment: reload it and try again if it is still needed";

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(WrappedConflict.class);
        register(Conflict.class);
        register(DecisionRefusal.class);
        register(EngineRefusal.class);
      }
    };
  }

  static boolean concurrent(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  /** Why the request itself was wrong, or null when the error is not the caller's. */
  static String badRequest(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof org.camunda.bpm.engine.BadUserRequestException) {
        return message;
      }
      if (message.startsWith("Password does not match policy")) {
        return "The password does not meet the staff password policy: at least 12 characters, not a common "
            + "password, and not holding the user's id, name or e-mail address (docs/security.md)";
      }
      if (cause instanceof org.camunda.bpm.dmn.engine.DmnEngineException) {
        return "A decision could not read the answers given: " + message;
      }
      if (message.contains("Java serialization format is prohibited") || message.contains("Cannot find serializer")) {
        return "Variables of this kind are not accepted: " + message;
      }
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
        return "A value does not fit (too long or malformed)";
      }
    }
    return null;
  }

  static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", message)).build();
  }

  static Response conflict() {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "OptimisticLockingException", "message", MESSAGE)).build();
  }

  /** A REST resource wrapped the engine's exception, e.g. "Cannot complete task ...". */
  @Provider
  @Priority(1)
  public static class WrappedConflict implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException error) {
      if (concurrent(error)) {
        return conflict();
      }
      for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof org.camunda.bpm.engine.AuthorizationException refused) {
          // e.g. a comment refused by carepath's guard, which Camunda's resource calls "Not enough parameters"
          return ExceptionHandlerHelper.getInstance().getResponse(refused);
        }
      }
      String refusal = error.getStatus() == null || error.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
          ? badRequest(error) : null;
      return refusal != null ? badRequest(refusal) : ExceptionHandlerHelper.getInstance().getResponse(error);
    }
  }

  /** The engine's exception reached the REST layer as it is. */
  @Provider
  public static class Conflict implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException error) {
      return conflict();
    }
  }

  /** An engine exception that no REST resource wrapped (creating a user, say). */
  @Provider
  @Priority(1)
  public static class EngineRefusal implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
    @Override
    public Response toResponse(org.camunda.bpm.engine.ProcessEngineException error) {
      if (concurrent(error)) {
        return conflict();
      }
      String refusal = error instanceof org.camunda.bpm.engine.AuthorizationException ? null : badRequest(error);
      return refusal != null ? badRequest(refusal) : ExceptionHandlerHelper.getInstance().getResponse(error);
    }
  }

  /** A decision could not read the answers (e.g. a number given as a word): the caller's input. */
  @Provider
  public static class DecisionRefusal implements ExceptionMapper<org.camunda.bpm.dmn.engine.DmnEngineException> {
    @Override
    public Response toResponse(org.camunda.bpm.dmn.engine.DmnEngineException error) {
      return badRequest(badRequest((Throwable) error));
    }
  }
}
