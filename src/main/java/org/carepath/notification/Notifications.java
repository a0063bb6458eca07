package org.carepath.notification;

import java.util.List;
import org.carepath.casefile.CareCase;
import org.springframework.stereotype.Service;

/**
 * Sends a letter at most once per idempotency key: the letter is claimed before it is handed to the
 * mail server and marked sent in a transaction of its own, so a retried process step finds it sent
 * and does nothing, even when the step's own transaction rolls back after the hand-over. A mail
 * failure is recorded and thrown as {@link LetterNotSentException}, which fails the step's job:
 * retried, and an incident when the retries run out.
 */
@Service
public class Notifications {

  private final NotificationLog log;
  private final LetterMailer mail;
  private final SentRecorder sent;

  Notifications(NotificationLog log, LetterMailer mail, SentRecorder sent) {
    this.log = log;
    this.mail = mail;
    this.sent = sent;
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
    sent.record(key, author);
  }
}
