package org.carepath.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.notification.Notification;
import org.carepath.notification.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * carepath's operations metrics for Prometheus (docs/operations.md): the job executor's queue and its
 * failed jobs, incidents by model step, letters by state. Read from the database every 30 seconds,
 * never by a scrape itself, so scraping costs the database nothing; every node reports the same
 * installation-wide figures (take the max across nodes). Request latency comes from Spring Boot's own
 * {@code http_server_requests_seconds}.
 */
@Component
@EnableScheduling
class OperationsMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final ManagementService management;
  private final RuntimeService runtime;
  private final NotificationRepository letters;
  private final AtomicLong executableJobs = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();
  private final Map<Notification.Status, AtomicLong> lettersByStatus = new EnumMap<>(Notification.Status.class);
  private final MultiGauge incidents;

  OperationsMetrics(ManagementService management, RuntimeService runtime, NotificationRepository letters, MeterRegistry registry) {
    this.management = management;
    this.runtime = runtime;
    this.letters = letters;
    Gauge.builder("carepath.jobs.executable", executableJobs, AtomicLong::get)
        .description("Jobs due now that the job executor has still to run (letters, timers, asynchronous steps)")
        .register(registry);
    Gauge.builder("carepath.jobs.failed", failedJobs, AtomicLong::get)
        .description("Jobs whose retries are used up: each is an incident a service lead retries in Cockpit")
        .register(registry);
    Arrays.stream(Notification.Status.values()).forEach(status -> {
      AtomicLong count = new AtomicLong();
      lettersByStatus.put(status, count);
      Gauge.builder("carepath.letters", count, AtomicLong::get).tag("status", status.name())
          .description("Letters by state: PENDING and SENDING wait, FAILED are being retried or need a retry").register(registry);
    });
    incidents = MultiGauge.builder("carepath.incidents").description("Open incidents by model step")
        .register(registry);
  }

  // synchronized: a refresh asked for while the scheduled one runs must not have its newer figures
  // overwritten by the older read of the other (the incident rows are replaced as a whole)
  @Scheduled(initialDelay = 5_000, fixedDelay = 30_000)
  synchronized void refresh() {
    try {
      executableJobs.set(management.createJobQuery().executable().count());
      failedJobs.set(management.createJobQuery().noRetriesLeft().count());
      lettersByStatus.values().forEach(count -> count.set(0));
      for (Object[] row : letters.countByStatus()) {
        lettersByStatus.get((Notification.Status) row[0]).set(((Number) row[1]).longValue());
      }
      Map<String, Long> byStep = new TreeMap<>(runtime.createIncidentQuery().list().stream()
          .collect(Collectors.groupingBy(i -> i.getActivityId() == null ? "none" : i.getActivityId(), Collectors.counting())));
      incidents.register(byStep.entrySet().stream()
          .map(e -> MultiGauge.Row.of(Tags.of("activity", e.getKey()), e.getValue())).collect(Collectors.toList()), true);
    } catch (RuntimeException e) {
      // a database outage shows as stale figures and in the health check, not as a failed scheduler
      LOG.warn("Operations metrics not refreshed: {}", e.getMessage());
    }
  }

}
