package org.carepath.casefile;

import java.util.List;
import java.util.Locale;

/**
 * The language a family or person asked to be written to in (design 4d): letters and the pages they
 * open follow it. {@code BILINGUAL} writes both, Welsh first, as the Welsh Language Standards ask.
 */
public enum Language {
  ENGLISH("en-GB"),
  WELSH("cy"),
  BILINGUAL("cy", "en-GB");

  /** Welsh, as message bundles name it ({@code messages_cy.properties}). */
  public static final Locale CYMRAEG = Locale.forLanguageTag("cy");

  private final List<Locale> locales;

  Language(String... tags) {
    this.locales = java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
  }

  /** The languages to write in, in the order they appear. */
  public List<Locale> locales() {
    return locales;
  }

  /** The first language: the one a page opens in. */
  public Locale first() {
    return locales.get(0);
  }

  /** The value of a letter's {@code Content-Language} header: {@code en-GB}, {@code cy} or {@code cy, en-GB}. */
  public String contentLanguage() {
    return String.join(", ", locales.stream().map(Locale::toLanguageTag).toList());
  }

  /** Null (not given) is English. */
  public static Language orEnglish(Language language) {
    return language == null ? ENGLISH : language;
  }
}
