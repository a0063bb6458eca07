package org.carepath.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reports/feedback[?from=YYYY-MM-DD][&to=YYYY-MM-DD]}: feedback per sector for
 * service leads only. The dates bound the day a request was made (UK time), both included.
 */
@RestController
class FeedbackReportController {

  private static final Instant BEGINNING = Instant.EPOCH;
  private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

  private final FeedbackRequestRepository requests;
  private final CurrentStaff staff;
  private final Clock clock;

  FeedbackReportController(FeedbackRequestRepository requests, CurrentStaff staff, Clock clock) {
    this.requests = requests;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/api/reports/feedback")
  @Transactional(readOnly = true)
  FeedbackReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    staff.requireReports("The feedback report is");
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must not be after to");
    }
    Instant start = first == null ? BEGINNING : first.atStartOfDay(clock.getZone()).toInstant();
    Instant end = last == null ? END : last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    return FeedbackReport.of(first, last, requests.tally(start, end));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a date YYYY-MM-DD");
    }
  }
}
