package org.carepath.casesearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.casefile.Sector;
import org.carepath.identity.CurrentStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding cases (design 4e): a person's cases by name, date of birth, NHS number or reference, within
 * the caller's own sectors and teams only (administrators: all). At most {@value #MOST} answers,
 * newest first; every word of a name must match. Serves {@code GET /api/cases?q=} and the search page.
 */
@Service
public class CaseSearch {

  static final int MOST = 50;
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  /** A case found. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Hit(String reference, String name, LocalDate dateOfBirth, String sector, String team, String status, String stage) {}

  private final PeopleSearchRepository people;
  private final CaseQueries queries;
  private final CurrentStaff staff;

  CaseSearch(PeopleSearchRepository people, CaseQueries queries, CurrentStaff staff) {
    this.people = people;
    this.queries = queries;
    this.staff = staff;
  }

  /** The cases found; {@link InvalidFieldsException} naming {@code q} for fewer than 2 or more than 100 characters. */
  @Transactional(readOnly = true)
  public List<Hit> search(String q) {
    String text = q == null ? "" : q.strip();
    if (text.length() < 2 || text.length() > 100) {
      throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field("q",
          "give 2 to 100 characters: a name, a date of birth (2019-04-30 or 30/04/2019), an NHS number or a reference")));
    }
    List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
    String nhs = text.replaceAll("\\s", "").matches("\\d{10}") ? text.replaceAll("\\s", "") : "-";
    LocalDate born = date(text);
    String reference = text.toUpperCase(Locale.ROOT).matches("(ISC|ADL)-[A-Z0-9-]+") ? text.toUpperCase(Locale.ROOT) + "%" : "-";
    String word = nhs.equals("-") && born == null && reference.equals("-") ? "%" + words.get(0) + "%" : "-";
    var page = PageRequest.of(0, MOST);
    List<String> groups = staff.groups();
    boolean everyone = staff.isAdministrator();
    List<Sector> sectors = Arrays.stream(Sector.values()).filter(s -> everyone || groups.contains(s.team())).toList();
    List<Hit> hits = new ArrayList<>();
    if (!sectors.isEmpty()) {
      people.children(sectors, reference, nhs, born, word, page).stream()
          .filter(r -> matchesAll(words, word, r.childName()))
          .forEach(r -> hits.add(hit(r.getCareCase(), r.childName(), r.getChildDateOfBirth())));
    }
    List<String> teams = everyone ? people.holders() : groups;
    var adults = teams.isEmpty() ? List.<org.carepath.adultcontact.AdultContact>of()
        : people.adults(teams, reference, nhs, born, word, page);
    adults.stream().filter(c -> matchesAll(words, word, c.personName()))
        .forEach(c -> hits.add(hit(c.getCareCase(), c.personName(), c.getDateOfBirth())));
    return hits.stream().limit(MOST).toList();
  }

  private static boolean matchesAll(List<String> words, String word, String name) {
    if (word.equals("-")) {
      return true;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return words.stream().allMatch(lower::contains);
  }

  private Hit hit(CareCase careCase, String name, LocalDate born) {
    return new Hit(careCase.getReference(), name, born, careCase.isAdult() ? null : careCase.getSector().name(),
        careCase.isAdult() ? careCase.team() : null, careCase.getStatus().name(), queries.stageOf(careCase));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(text, UK_DATE);
      } catch (DateTimeParseException notUk) {
        return null;
      }
    }
  }
}
