package org.carepath.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.carepath.casefile.Language;

/** The body of {@code POST /api/referrals} (public contract; {@code preferredLanguage} is optional, English when absent). */
public record ReferralRequest(
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "may hold only letters, digits and . _ : / -")
        String externalReference,
    @NotNull @Pattern(regexp = "NORTH|SOUTH|WEST", message = "must be NORTH, SOUTH or WEST") String sector,
    @NotNull @Valid Child child,
    @NotNull @Valid ParentCarer parentCarer,
    @NotNull @Valid Referrer referrer,
    @NotNull @Valid Gp gp,
    @NotNull @Size(max = 7) List<@NotNull @KnownNeed String> developmentalNeeds,
    Boolean asdAssessmentRequested,
    Boolean adhdAssessmentRequested,
    @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> agenciesInvolved,
    @NotBlank @Size(max = 4000)
        @PlainText(multiLine = true, message = "must be text without control characters other than line breaks and tabs")
        String reason,
    Language preferredLanguage) {

  static final String NAME = "[\\p{L}\\p{M} .'-]+";
  static final String NAME_MESSAGE = "may hold only letters, spaces, apostrophes, dots and hyphens";

  public record Child(
      @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String givenName,
      @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String familyName,
      @NotNull @ChildDateOfBirth LocalDate dateOfBirth,
      @NhsNumber String nhsNumber,
      @NotBlank @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode")
          String postcode) {}

  public record ParentCarer(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,30}", message = "must be a telephone number") String phone,
      @Email @Size(max = 254) @PlainText String email) {}

  public record Referrer(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Size(max = 100) @PlainText String role,
      @NotBlank @Size(max = 200) @PlainText String organisation,
      @NotBlank @Email @Size(max = 254) @PlainText String email) {}

  public record Gp(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Size(max = 200) @PlainText String practice,
      @NotBlank @Email @Size(max = 254) @PlainText String email) {}

  List<String> agenciesInvolvedOrEmpty() {
    return agenciesInvolved == null ? List.of() : agenciesInvolved;
  }
}
