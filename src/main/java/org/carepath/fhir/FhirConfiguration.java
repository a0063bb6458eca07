package org.carepath.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI FHIR's R4 context: costly to make (it scans the model), so one for the application, made on the
 * first export rather than at start-up (start-up time is a measured target, docs/benchmarks.md).
 */
@Configuration
class FhirConfiguration {

  @Bean
  @org.springframework.context.annotation.Lazy
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }
}
