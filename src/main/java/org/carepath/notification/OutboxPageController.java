package org.carepath.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.carepath.identity.CurrentStaff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /cases/letters} (demo only, with {@link CaughtLetters}): the letters the demo caught, newest
 * first, as their readers would have received them, for the cases of the caller's sectors and teams.
 */
@Controller
@Profile("demo")
@ConditionalOnProperty(name = "carepath.demo.catch-letters", havingValue = "true")
class OutboxPageController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final NotificationRepository notifications;
  private final CurrentStaff staff;

  OutboxPageController(NotificationRepository notifications, CurrentStaff staff) {
    this.notifications = notifications;
    this.staff = staff;
  }

  /** A caught letter as the page shows it: its text without markup. */
  public record Caught(String reference, String when, String to, String subject, String status, String text) {}

  @GetMapping("/cases/letters")
  @Transactional(readOnly = true)
  ModelAndView outbox() {
    var letters = notifications.findTop200ByOrderByCreatedAtDescIdDesc().stream()
        .filter(n -> staff.worksInTeam(n.getCareCase().team()))
        .map(n -> new Caught(n.getCareCase().getReference(), WHEN.format(n.getCreatedAt()),
            n.getRecipients().replace(",", ", "), n.getSubject(), n.getStatus().name(), Letter.plainText(n.getBody())))
        .toList();
    return new ModelAndView("case/letters", HttpStatus.OK).addObject("letters", letters);
  }
}
