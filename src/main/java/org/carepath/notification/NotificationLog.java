package org.carepath.notification;

import java.time.Clock;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each letter in transactions of its own, so what was handed to the mail server stays
 * recorded even when the process step that sent it rolls back and is retried.
 */
@Service
class NotificationLog {

  private final NotificationRepository notifications;
  private final CaseRecord record;
  private final Clock clock;

  private final java.time.Duration lease;

  NotificationLog(NotificationRepository notifications, CaseRecord record, Clock clock,
      @org.springframework.beans.factory.annotation.Value("${carepath.letters.send-lease:PT2M}") java.time.Duration lease) {
    this.notifications = notifications;
    this.record = record;
    this.clock = clock;
    this.lease = lease;
  }

  /**
   * The letter of this key, created on first use, and claimed for one more attempt unless already
   * sent. Committed at once: a second run of the same job sees the claim (or loses the race on the
   * row's version) and steps back with an exception, so the letter is not handed over twice.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Notification attempt(CareCase careCase, String key, Letter letter) {
    Notification notification = notifications.findByIdempotencyKey(key)
        .orElseGet(() -> new Notification(careCase, key, letter, clock.instant()));
    if (notification.getStatus() != Notification.Status.SENT) {
      notification.claim(clock.instant(), lease);
    }
    return notifications.saveAndFlush(notification);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(String key, String author) {
    Notification notification = notifications.findByIdempotencyKey(key).orElseThrow();
    notification.sent(clock.instant());
    record.add(notification.getCareCase(), CaseRecordEntry.Kind.LETTER, notification.getSubject(),
        "To: " + notification.getRecipients().replace(",", ", ") + "\n\n" + withoutPersonalLinks(notification.getBody()),
        author);
  }

  /**
   * The letter as the case file keeps it: a personal link (feedback, self-assessment, the person's own
   * record) is the credential of the person it was sent to, so staff reading the case file never see it.
   */
  static String withoutPersonalLinks(String body) {
    return PersonalLinks.removed(body);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String key, String error) {
    notifications.findByIdempotencyKey(key).ifPresent(n -> n.failed(error));
  }
}
