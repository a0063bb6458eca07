package org.carepath.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** carepath's clock: UK local time (Europe/London), replaceable in tests. */
@Configuration
class ClockConfiguration {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Bean
  Clock clock() {
    return Clock.system(UK);
  }
}
