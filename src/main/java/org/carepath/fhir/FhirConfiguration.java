package org.carepath.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HAPI FHIR's R4 context: costly to make (it scans the model), so one for the application. */
@Configuration
class FhirConfiguration {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }
}
