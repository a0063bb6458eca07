package org.carepath.decision;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code carepath.capacity}: how many open cases each worker may hold (default, and per user id). */
@ConfigurationProperties("carepath.capacity")
record CapacityProperties(Integer defaultCaseload, Map<String, Integer> caseloads) {

  CapacityProperties {
    defaultCaseload = defaultCaseload == null ? 12 : defaultCaseload;
    caseloads = caseloads == null ? Map.of() : caseloads;
  }

  int of(String worker) {
    return caseloads.getOrDefault(worker, defaultCaseload);
  }
}
