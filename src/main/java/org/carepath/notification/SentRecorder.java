package org.carepath.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Records that the mail server took a letter. The mail is gone by then, so a database that fails at
 * this moment must not leave the letter looking unsent: the write is tried again, with growing pauses,
 * for up to half the letter's send lease (the claim that keeps every other run of the step away). Only
 * a database outage longer than that leaves the letter claimed but not recorded, to be sent again once
 * the lease has run out (docs/operations.md, "Letters and the mail server").
 */
@Component
class SentRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(SentRecorder.class);

  private final NotificationLog log;
  private final Duration patience;

  SentRecorder(NotificationLog log, @Value("${carepath.letters.send-lease:PT2M}") Duration lease) {
    this.log = log;
    this.patience = lease.dividedBy(2);
  }

  void record(String key, String author) {
    long deadline = System.nanoTime() + patience.toNanos(); // wall time: one attempt may wait for a connection
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
    backOff.setMaxInterval(5_000);
    BackOffExecution pauses = backOff.start();
    for (int attempt = 1; ; attempt++) {
      try {
        log.sent(key, author);
        if (attempt > 1) {
          LOG.info("Letter {} recorded as sent at write attempt {}", key, attempt);
        }
        return;
      } catch (DataAccessException | TransactionException e) {
        long pause = pauses.nextBackOff();
        if (System.nanoTime() + pause * 1_000_000 > deadline) {
          LOG.error("Letter {} was handed to the mail server but could not be recorded as sent: {}", key, e.getMessage());
          throw e;
        }
        LOG.warn("Letter {} handed to the mail server, not recorded as sent yet (write attempt {}): {}; trying again in {} ms",
            key, attempt, e.getMessage(), pause);
        sleep(pause);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording a sent letter", e);
    }
  }
}
