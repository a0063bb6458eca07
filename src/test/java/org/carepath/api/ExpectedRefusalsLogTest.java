package org.carepath.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ExpectedRefusalsLogTest {

  private final LoggerContext context = new LoggerContext();
  private final ExpectedRefusalsLog filter = new ExpectedRefusalsLog();

  @Test
  void shouldKeepTheEnginesStackTraceOfARefusalOnAFormOutOfTheLog() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new BadUserRequestException("allocatedWorker: zoe is not a member of iscan-north"));

    assertThat(filter.decide(null, context.getLogger(ExpectedRefusalsLog.ENGINE_CONTEXT), Level.ERROR,
        "ENGINE-16004 Exception while closing command context: {}", new Object[] {"message", wrapped}, null))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void shouldLogEveryOtherErrorAsBefore() {
    var fault = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation");

    assertThat(filter.decide(null, context.getLogger(ExpectedRefusalsLog.ENGINE_CONTEXT), Level.ERROR, "{}",
        new Object[] {fault}, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, context.getLogger("org.carepath.Other"), Level.ERROR, "{}",
        new Object[] {new BadUserRequestException("x")}, null)).isEqualTo(FilterReply.NEUTRAL);
  }
}
