package org.carepath.tasklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that people typed, made safe to place into a Camunda Forms text component, which renders
 * Markdown: every Markdown character is escaped and line breaks become spaces, so a link typed into a
 * plan or a reason shows as text and is never clickable in Tasklist (phishing). Free text that needs
 * its own lines belongs in a disabled textarea of the form instead.
 */
public final class MarkdownText {

  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]()<>#+\\-!|~:.=]");

  private MarkdownText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return SPECIAL.matcher(text.replaceAll("[\\r\\n]+", " ")).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
  }
}
