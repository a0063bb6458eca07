package org.carepath.notification;

import java.time.Instant;

/**
 * Another run of the same letter step is handing this letter to the mail server right now (its claim
 * runs until {@code until}): this run steps back, and the job is retried later, when the letter is
 * either sent (and is not sent again) or the claim has run out.
 */
public class LetterBeingSentException extends RuntimeException {

  LetterBeingSentException(String template, String reference, Instant until) {
    super("Letter '" + template + "' of case " + reference + " is being sent by another run until " + until
        + "; retried later, never sent twice");
  }
}
