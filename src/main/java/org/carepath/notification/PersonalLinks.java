package org.carepath.notification;

import java.util.regex.Pattern;

/**
 * A personal link (feedback, self-assessment, the person's own record) is the credential of the person
 * it was sent to: the case file and every export keep the letter without it.
 */
public final class PersonalLinks {

  private static final Pattern PERSONAL_LINK = Pattern.compile("(/(?:feedback|self-assessment|my-record)/)[A-Za-z0-9_-]{43}");

  private PersonalLinks() {}

  /** The text with each personal link's key replaced by a note. */
  public static String removed(String text) {
    return PERSONAL_LINK.matcher(text).replaceAll("$1[personal link, not kept on the case file]");
  }
}
