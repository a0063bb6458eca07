package org.carepath.notification;

import java.util.List;

/**
 * A rendered letter: template name, recipients (To first, then copies), subject, HTML body and the
 * language it is written in ({@code en-GB}, {@code cy} or {@code cy, en-GB}, its {@code Content-Language}).
 */
public record Letter(String template, List<String> recipients, String subject, String html, String language) {

  public Letter {
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("A letter needs at least one recipient: " + subject);
    }
  }

  /** A letter's words, to print or read: the head and tags dropped, a paragraph per line, entities read. */
  public static String plainText(String html) {
    String body = html.replaceAll("(?s)<head>.*?</head>", "")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|<hr\\s*/?>", "\n").replaceAll("<[^>]+>", "");
    body = body.replace("&nbsp;", " ").replace("&middot;", "·").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return body.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
