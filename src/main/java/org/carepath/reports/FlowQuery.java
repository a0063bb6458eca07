package org.carepath.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.casefile.Pathway;
import org.carepath.casefile.Sector;

/**
 * What a flow report is asked for, read from the request's parameters with every refusal naming its
 * field: the pathway, the period (both days included; by default the twelve months up to today; at
 * most ten years), and a sector (children) or a team (adults).
 */
record FlowQuery(FlowReports.Scope scope, LocalDate from, LocalDate to) {

  /** A report over more than ten years is a typing slip, and a heavy one. */
  static final int LONGEST_PERIOD_YEARS = 10;

  static FlowQuery of(String pathway, String from, String to, String sector, String team, Clock clock) {
    Pathway chosen = pathway(pathway);
    LocalDate last = to == null || to.isBlank() ? LocalDate.now(clock.withZone(FlowReports.UK)) : date("to", to);
    LocalDate first = from == null || from.isBlank() ? last.minusYears(1).plusDays(1) : date("from", from);
    if (first.isAfter(last)) {
      throw refused("from", "must not be after to");
    }
    if (first.isBefore(last.minusYears(LONGEST_PERIOD_YEARS))) {
      throw refused("from", "a period of at most " + LONGEST_PERIOD_YEARS + " years");
    }
    return new FlowQuery(new FlowReports.Scope(chosen, sector(sector, chosen), team(team, chosen)), first, last);
  }

  private static Pathway pathway(String value) {
    if (value == null || value.isBlank()) {
      throw refused("pathway", "CHILDREN or ADULT");
    }
    return Arrays.stream(Pathway.values()).filter(p -> p.name().equals(value.strip())).findFirst()
        .orElseThrow(() -> refused("pathway", "CHILDREN or ADULT, not " + abbreviate(value)));
  }

  private static Sector sector(String value, Pathway pathway) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (pathway != Pathway.CHILDREN) {
      throw refused("sector", "only for the children's pathway; adults' cases are held by teams (team=)");
    }
    return Arrays.stream(Sector.values()).filter(s -> s.name().equals(value.strip())).findFirst()
        .orElseThrow(() -> refused("sector", "one of " + Arrays.toString(Sector.values())));
  }

  private static String team(String value, Pathway pathway) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (pathway != Pathway.ADULT) {
      throw refused("team", "only for the adults' pathway; children's cases are held by sectors (sector=)");
    }
    if (!value.strip().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw refused("team", "a team's id, e.g. alnwick or complex-needs-team");
    }
    return value.strip();
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw refused(name, "a date YYYY-MM-DD");
    }
  }

  private static String abbreviate(String value) {
    String text = value.strip();
    return text.length() > 30 ? text.substring(0, 29) + "…" : text;
  }

  private static InvalidFieldsException refused(String field, String message) {
    return new InvalidFieldsException(List.of(new Field(field, message)));
  }
}
