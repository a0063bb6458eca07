package org.carepath.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds services for a person, best first. Need, district and age are filters (a falls service is
 * no answer to debt, a Hexham group none to a Blyth address); every word of the text must appear
 * somewhere. Ranking: every service named for the person's own district before any that covers
 * everywhere; then by the words: found in the name (3), in the needs (2), anywhere (1); then by name.
 * The directory is small (hundreds of services), so this runs over the live services in memory.
 */
record DirectorySearch(Optional<String> need, Optional<String> district, AgeGroup age, List<String> words) {

  static List<String> wordsOf(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}-]+")).stream()
        .filter(w -> !w.isBlank()).distinct().limit(10).toList();
  }

  List<LocalService> rank(List<LocalService> services) {
    record Scored(LocalService service, boolean local, int score, String name) {}
    return services.stream()
        .map(s -> new Scored(s, district.isPresent() && s.details().areas().contains(district.get()),
            score(s.details()), s.details().name()))
        .filter(s -> s.score() >= 0)
        .sorted(Comparator.comparing(Scored::local).reversed()
            .thenComparing(Comparator.comparingInt(Scored::score).reversed()).thenComparing(Scored::name))
        .map(Scored::service)
        .toList();
  }

  /** -1 when the service does not match; otherwise the higher, the better. */
  int score(ServiceDetails service) {
    if (need.isPresent() && !service.needs().contains(need.get())) {
      return -1;
    }
    if (district.isPresent() && !service.covers(district.get())) {
      return -1;
    }
    if (!service.serves(age)) {
      return -1;
    }
    int score = 0;
    String name = service.name().toLowerCase(Locale.ROOT);
    String needs = String.join(" ", service.needs());
    String rest = (service.description() + " " + nullToEmpty(service.accessCriteria())).toLowerCase(Locale.ROOT);
    for (String word : words) {
      boolean inName = name.contains(word);
      boolean inNeeds = needs.contains(word);
      if (!inName && !inNeeds && !rest.contains(word)) {
        return -1;
      }
      score += (inName ? 3 : 0) + (inNeeds ? 2 : 0) + 1;
    }
    return score;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
