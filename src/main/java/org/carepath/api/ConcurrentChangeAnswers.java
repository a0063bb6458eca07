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
 * Camunda's REST API answers a concurrent change (two people completing the same task at once, or a
 * person and a background job changing one case) with 500. carepath answers 409 Conflict with a
 * message a person can act on; nothing of the refused request is stored, so it may simply be tried
 * again. Every other error keeps Camunda's own answer.
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
      return concurrent(error) ? conflict() : ExceptionHandlerHelper.getInstance().getResponse(error);
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
}
