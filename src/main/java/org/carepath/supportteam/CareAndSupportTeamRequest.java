package org.carepath.supportteam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carepath.referral.PlainText;

/** {@code PUT /api/care-and-support-teams/{id}}: the team's name and its GP practices (ODS codes). */
record CareAndSupportTeamRequest(
    @NotBlank @Size(max = 120) @PlainText String name,
    @NotNull @Size(max = 200)
        List<@NotNull @Pattern(regexp = "[A-Za-z][0-9]{5}",
            message = "must be an ODS practice code: one letter and five digits (A81001)") String> gpPractices) {}
