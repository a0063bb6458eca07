package org.carepath.adultcontact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.casefile.StartFormLanguage;

/** Reads the flat fields of the {@code RecordContact} start form into a {@link ContactRequest}. */
final class StartFormContact {

  static final List<String> FIELDS = List.of("contactChannel", "givenName", "familyName", "dateOfBirth", "nhsNumber",
      "postcode", "phone", "email", "gpPracticeCode", "carerName", "carerRelationship", "carerPhone", "carerEmail",
      "referrerName", "referrerOrganisation", "referrerEmail", "reason", "safeguardingDescription", "allegesCrime",
      "serviceFailure", "consentToShare", "preferredLanguage");

  private StartFormContact() {}

  static ContactRequest read(VariableScope form) {
    String carer = text(form, "carerName");
    String referrer = text(form, "referrerName");
    String concern = text(form, "safeguardingDescription");
    return new ContactRequest(null, channel(text(form, "contactChannel")),
        new ContactRequest.Person(text(form, "givenName"), text(form, "familyName"), date(text(form, "dateOfBirth")),
            text(form, "nhsNumber"), text(form, "postcode"), text(form, "phone"), text(form, "email"),
            text(form, "gpPracticeCode")),
        carer == null ? null : new ContactRequest.Carer(carer, text(form, "carerRelationship"), text(form, "carerPhone"),
            text(form, "carerEmail")),
        referrer == null ? null : new ContactRequest.Referrer(referrer, text(form, "referrerOrganisation"),
            text(form, "referrerEmail")),
        text(form, "reason"),
        concern == null ? null : new ContactRequest.Safeguarding(concern, yes(form, "allegesCrime"), yes(form, "serviceFailure")),
        yes(form, "consentToShare"), StartFormLanguage.read(form));
  }

  /** Blank fields are absent, as in the API. */
  private static String text(VariableScope form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** A box of the form: true, false or not ticked; anything else (the text "true") is refused, never read as no. */
  private static boolean yes(VariableScope form, String name) {
    Object value = form.getVariable(name);
    if (value != null && !(value instanceof Boolean)) {
      throw new BadUserRequestException(name + ": must be true or false");
    }
    return Boolean.TRUE.equals(value);
  }

  private static Channel channel(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Channel.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("channel: must be one of PHONE, WALK_IN, REFERRAL, HEALTH_WORKER, WEB_PORTAL, EMAIL");
    }
  }

  private static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("dateOfBirth: must be a date like 1948-04-30");
    }
  }
}
