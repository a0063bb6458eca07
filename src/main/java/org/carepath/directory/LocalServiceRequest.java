package org.carepath.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.TreeSet;
import org.carepath.referral.PlainText;

/** {@code POST /api/directory/services} and {@code PUT .../{id}}: a service as staff describe it. */
record LocalServiceRequest(
    @NotBlank @Size(max = 200) @PlainText String name,
    @NotNull Provider provider,
    @NotBlank @Size(max = 2000) @PlainText(multiLine = true, message = MULTI_LINE) String description,
    @NotEmpty @Size(max = 100)
        List<@NotNull @Pattern(regexp = "(?i)ALL|[A-Z]{1,2}[0-9][0-9A-Z]?",
            message = "must be a postcode district (NE66, CF10) or ALL") String> areas,
    @NotEmpty @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{0,59}",
            message = "must be a tag of letters, digits, spaces and hyphens (mental-health)") String> needs,
    @NotEmpty @Size(max = 3) List<@NotNull AgeGroup> ageGroups,
    @Size(max = 2000) @PlainText(multiLine = true, message = MULTI_LINE) String accessCriteria,
    @Size(max = 2000) @PlainText(multiLine = true, message = MULTI_LINE) String redFlags,
    @NotNull @Valid Contact contact) {

  ServiceDetails details() {
    return new ServiceDetails(name, provider, description, new TreeSet<>(areas), new TreeSet<>(needs),
        new TreeSet<>(ageGroups), accessCriteria, redFlags, contact.phone(), contact.email(), contact.web());
  }

  static final String MULTI_LINE = "must be text without control characters other than line breaks and tabs";

  record Contact(
      @Size(max = 40) @Pattern(regexp = "[0-9 +()-]{6,40}", message = "must be a phone number (digits, spaces, + ( ) -)")
          String phone,
      @Size(max = 254) @Email String email,
      @Size(max = 500) @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be a web address starting with https://")
          String web) {}
}
