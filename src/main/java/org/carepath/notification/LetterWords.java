package org.carepath.notification;

import java.util.List;
import java.util.Locale;
import org.carepath.casefile.Language;

/**
 * Joins names the way a letter's language does, for templates ({@code ${words.and(names)}}): "A, B and
 * C" in English; in Welsh "A, B a C", with "ac" before a vowel ("Rhian ac Owen").
 */
public record LetterWords(Locale locale) {

  private static final String WELSH_VOWELS = "AEIOUYÂÊÎÔÛŶÁÉÍÓÚÀÈÌÒÙÄËÏÖÜ";

  public String and(List<String> names) {
    List<String> given = names.stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
    if (given.size() < 2) {
      return given.isEmpty() ? "" : given.get(0);
    }
    String last = given.get(given.size() - 1);
    return String.join(", ", given.subList(0, given.size() - 1)) + " " + conjunction(last) + " " + last;
  }

  private String conjunction(String next) {
    if (!Language.CYMRAEG.getLanguage().equals(locale.getLanguage())) {
      return "and";
    }
    char first = Character.toUpperCase(next.charAt(0));
    return WELSH_VOWELS.indexOf(first) >= 0 ? "ac" : "a";
  }
}
