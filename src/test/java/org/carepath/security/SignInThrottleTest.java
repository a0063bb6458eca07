package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(60), clock);

  @Test
  void shouldLetFiveFailuresPassThenDoubleTheWaitUpToTheMaximum() {
    // when five wrong passwords
    for (int i = 0; i < 5; i++) {
      throttle.failed("sam@10.0.0.9");
    }
    // then no wait yet
    assertThat(throttle.waitFor("sam@10.0.0.9")).isZero();

    // when the sixth, seventh and many more
    throttle.failed("sam@10.0.0.9");
    Duration afterSix = throttle.waitFor("sam@10.0.0.9");
    throttle.failed("sam@10.0.0.9");
    Duration afterSeven = throttle.waitFor("sam@10.0.0.9");
    for (int i = 0; i < 40; i++) {
      throttle.failed("sam@10.0.0.9");
    }

    // then
    assertThat(afterSix).isEqualTo(Duration.ofSeconds(1));
    assertThat(afterSeven).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("sam@10.0.0.9")).isEqualTo(Duration.ofSeconds(60));
    assertThat(throttle.waitFor("sam@10.0.0.10")).as("the member of staff's own address").isZero();
    assertThat(throttle.waitFor("sara@10.0.0.9")).as("another user").isZero();
  }

  @Test
  void shouldNeverWaitLongerThanTheMaximum() {
    // given an address that failed many times
    for (int i = 0; i < 100; i++) {
      throttle.failed("admin@10.0.0.9");
    }
    // when the maximum has passed
    clock.advance(Duration.ofSeconds(60));
    // then it may try again, once, before the next wait
    assertThat(throttle.waitFor("admin@10.0.0.9")).isZero();
    throttle.failed("admin@10.0.0.9");
    assertThat(throttle.waitFor("admin@10.0.0.9")).isEqualTo(Duration.ofSeconds(60));
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
