package org.carepath.adultcontact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.carepath.casefile.Language;
import org.carepath.referral.NhsNumber;
import org.carepath.referral.PlainText;

/** The body of {@code POST /api/contacts} (public contract, design section 4a). */
public record ContactRequest(
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "may hold only letters, digits and . _ : / -")
        String externalReference,
    @NotNull Channel channel,
    @NotNull @Valid Person person,
    @Valid Carer carer,
    @Valid Referrer referrer,
    @NotBlank @Size(max = 4000) @PlainText(multiLine = true, message = MULTI_LINE) String reason,
    @Valid Safeguarding safeguarding,
    @NotNull Boolean consentToShare,
    Language preferredLanguage) {

  static final String MULTI_LINE = "must be text without control characters other than line breaks and tabs";
  static final String NAME = "[\\p{L}\\p{M} .'-]+";
  static final String NAME_MESSAGE = "may hold only letters, spaces, apostrophes, dots and hyphens";
  static final String PHONE = "\\+?[0-9][0-9 ()-]{5,30}";

  public record Person(
      @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String givenName,
      @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String familyName,
      @NotNull @AdultDateOfBirth LocalDate dateOfBirth,
      @NhsNumber String nhsNumber,
      @NotBlank @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode")
          String postcode,
      @NotBlank @Pattern(regexp = PHONE, message = "must be a telephone number") String phone,
      @Email @Size(max = 254) @PlainText String email,
      @NotBlank @Pattern(regexp = "(?i)[A-Z][0-9]{5}", message = "must be an ODS practice code: one letter and five digits (A81001)")
          String gpPracticeCode) {}

  public record Carer(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Size(max = 100) @PlainText String relationship,
      @Pattern(regexp = PHONE, message = "must be a telephone number") String phone,
      @Email @Size(max = 254) @PlainText String email) {}

  public record Referrer(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Size(max = 200) @PlainText String organisation,
      @Email @Size(max = 254) @PlainText String email) {}

  public record Safeguarding(
      @NotBlank @Size(max = 4000) @PlainText(multiLine = true, message = MULTI_LINE) String description,
      @NotNull Boolean allegesCrime,
      @NotNull Boolean serviceFailure) {

    /** A concern that alleges a crime or a serious service failure is an enquiry for adult safeguarding. */
    public boolean needsEnquiry() {
      return Boolean.TRUE.equals(allegesCrime) || Boolean.TRUE.equals(serviceFailure);
    }
  }

  String practiceCode() {
    return person.gpPracticeCode().strip().toUpperCase(java.util.Locale.ROOT);
  }
}
