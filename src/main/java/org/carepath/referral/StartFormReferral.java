package org.carepath.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.casefile.StartFormLanguage;

/** Reads the flat fields of the {@code RecordReferral} start form into a {@link ReferralRequest}. */
final class StartFormReferral {

  static final List<String> NEED_FIELDS = Arrays.stream(DevelopmentalNeed.values())
      .map(StartFormReferral::needField).toList();

  static final List<String> FIELDS = Stream.concat(Stream.of("sector", "childGivenName", "childFamilyName",
      "childDateOfBirth", "childNhsNumber", "childPostcode", "parentName", "parentPhone", "parentEmail",
      "referrerName", "referrerRole", "referrerOrganisation", "referrerEmail", "gpName", "gpPractice", "gpEmail",
      "asdAssessmentRequested", "adhdAssessmentRequested", "agenciesInvolved", "reason", "preferredLanguage"), NEED_FIELDS.stream()).toList();

  private StartFormReferral() {}

  /** {@code SOCIAL_EMOTIONAL} -> {@code needSocialEmotional}. */
  static String needField(DevelopmentalNeed need) {
    StringBuilder field = new StringBuilder("need");
    for (String part : need.name().split("_")) {
      field.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return field.toString();
  }

  static ReferralRequest read(VariableScope form) {
    List<String> needs = new ArrayList<>();
    for (DevelopmentalNeed need : DevelopmentalNeed.values()) {
      if (Boolean.TRUE.equals(form.getVariable(needField(need)))) {
        needs.add(need.name());
      }
    }
    String agencies = text(form, "agenciesInvolved");
    return new ReferralRequest(null, text(form, "sector"),
        new ReferralRequest.Child(text(form, "childGivenName"), text(form, "childFamilyName"),
            date(text(form, "childDateOfBirth")), blankToNull(text(form, "childNhsNumber")), text(form, "childPostcode")),
        new ReferralRequest.ParentCarer(text(form, "parentName"), text(form, "parentPhone"), blankToNull(text(form, "parentEmail"))),
        new ReferralRequest.Referrer(text(form, "referrerName"), text(form, "referrerRole"),
            text(form, "referrerOrganisation"), text(form, "referrerEmail")),
        new ReferralRequest.Gp(text(form, "gpName"), text(form, "gpPractice"), text(form, "gpEmail")),
        needs, Boolean.TRUE.equals(form.getVariable("asdAssessmentRequested")),
        Boolean.TRUE.equals(form.getVariable("adhdAssessmentRequested")),
        agencies == null || agencies.isBlank() ? List.of()
            : Arrays.stream(agencies.split("[\\n,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        text(form, "reason"), StartFormLanguage.read(form));
  }

  private static String text(VariableScope form, String name) {
    Object value = form.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("childDateOfBirth: must be a date like 2019-04-30");
    }
  }
}
