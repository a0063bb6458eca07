package org.carepath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** carepath: BPMN-driven case management for care co-ordination. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarepathApplication {

  public static void main(String[] args) {
    SpringApplication.run(CarepathApplication.class, args);
  }
}
