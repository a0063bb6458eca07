package org.carepath.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A refusal a person caused on a form (carepath's checks throw {@link BadUserRequestException}) is an
 * answer, not a fault: the caller gets a 400 with the sentence, and the engine's "exception while
 * closing command context" (ENGINE-16004, 130-260 lines of stack trace) is not written to the log for
 * it. Every other exception is logged as before.
 */
@Component
class ExpectedRefusalsLog extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  @EventListener(ApplicationReadyEvent.class)
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(ExpectedRefusalsLog.class::isInstance)) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT.equals(logger.getName()) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable error = t;
    if (error == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown) {
          error = thrown;
        }
      }
    }
    return refusal(error) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean refusal(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      // carepath's own refusals only: the engine's NotFound, NotValid and NotAllowed are faults to log
      if (cause.getClass() == BadUserRequestException.class) {
        return true;
      }
    }
    return false;
  }
}
