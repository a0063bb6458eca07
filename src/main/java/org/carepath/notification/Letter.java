package org.carepath.notification;

import java.util.List;

/** A rendered letter: template name, recipients (To first, then copies), subject and HTML body. */
public record Letter(String template, List<String> recipients, String subject, String html) {

  public Letter {
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("A letter needs at least one recipient: " + subject);
    }
  }
}
