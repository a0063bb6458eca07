package org.carepath.carecoordination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carepath.referral.PlainText;

/**
 * The body of {@code POST /api/cases/{reference}/care-plan/lead-agency}: each agency that could lead,
 * rated by BIAN's criteria.
 */
public record LeadAgencyRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid Candidate> candidates) {

  public record Candidate(
      @NotBlank @Size(max = 200) @PlainText String agency,
      @NotNull @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW") String contactIntensity,
      @NotNull @Pattern(regexp = "WEEKLY|MONTHLY|OCCASIONAL", message = "must be WEEKLY, MONTHLY or OCCASIONAL")
          String contactRegularity,
      @NotNull Boolean hasCapacity,
      @NotNull Boolean familyPreference) {}
}
