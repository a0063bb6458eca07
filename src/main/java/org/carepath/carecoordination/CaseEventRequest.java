package org.carepath.carecoordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carepath.referral.PlainText;

/**
 * The body of {@code POST /api/cases/{reference}/events} (public contract): the type, a reason, and
 * per type {@code requestedBy} ({@code MEETING_REQUESTED}), {@code newCaseManager}
 * ({@code CASE_MANAGER_CHANGE}) or {@code description} ({@code GAP_OR_BLOCK}).
 */
public record CaseEventRequest(
    @NotNull Type type,
    @NotBlank @Size(max = 2000) @PlainText String reason,
    @Size(max = 200) @PlainText String requestedBy,
    @Size(max = 64) @PlainText String newCaseManager,
    @Size(max = 4000) @PlainText String description) {

  public enum Type { MEETING_REQUESTED, CASE_MANAGER_CHANGE, GAP_OR_BLOCK, DISENGAGED, BRING_BACK }
}
