package org.carepath.notification;

import java.util.List;
import org.carepath.casefile.CareCase;
import org.springframework.stereotype.Service;

/**
 * Sends a letter at most once per idempotency key: the letter is recorded before it is handed to the
 * mail server and marked sent in a transaction of its own, so a retried process step finds it sent
 * and does nothing. A mail failure is recorded and thrown as {@link LetterNotSentException}, which
 * fails the step's job: retried, and an incident when the retries run out.
 */
@Service
public class Notifications {

  private final NotificationLog log;
  private final LetterMailer mail;

  Notifications(NotificationLog log, LetterMailer mail) {
    this.log = log;
    this.mail = mail;
  }

  /** Sends the letter unless the letter of this key was sent before; files it on the case when sent. */
  public void sendOnce(CareCase careCase, String key, Letter letter, List<Attachment> attachments, String author) {
    Notification notification = log.attempt(careCase, key, letter);
    if (notification.getStatus() == Notification.Status.SENT) {
      return;
    }
    try {
      mail.send(notification, attachments);
    } catch (RuntimeException e) {
      log.failed(key, e.getMessage());
      throw new LetterNotSentException(letter.template(), careCase.getReference(), notification.getAttempts(), e);
    }
    log.sent(key, author);
  }
}
