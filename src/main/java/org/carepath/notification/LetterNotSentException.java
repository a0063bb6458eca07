package org.carepath.notification;

import org.springframework.core.NestedExceptionUtils;

/**
 * A letter the mail server did not take. Its message is what a service lead reads on the incident in
 * Cockpit when the retries have run out: which letter of which case, how many attempts, and the mail
 * server's own reason. It names no person: the case reference leads to the case file.
 */
public class LetterNotSentException extends RuntimeException {

  LetterNotSentException(String template, String reference, int attempts, RuntimeException cause) {
    super("Letter '" + template + "' of case " + reference + " not sent (attempt " + attempts
        + "); it is retried and never sent twice. Mail server: " + reason(cause), cause);
  }

  private static String reason(Throwable cause) {
    Throwable specific = NestedExceptionUtils.getMostSpecificCause(cause);
    String message = specific.getMessage() == null ? specific.getClass().getSimpleName() : specific.getMessage();
    return message.strip().replaceAll("\\s+", " ");
  }
}
