package org.carepath.careplan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.carepath.referral.PlainText;

/**
 * The body of {@code PUT /api/cases/{reference}/care-plan} (public contract). The rules between
 * fields (known agencies, the review date, the case manager) are {@link CarePlanValidator}'s. The
 * read-only fields of a {@code GET} answer are ignored, so a client may send back what it read.
 */
@JsonIgnoreProperties(value = {"reference", "version", "status", "planDate", "savedBy", "savedAt", "agreedBy",
    "agreedAt"})
public record CarePlanRequest(
    @NotEmpty(message = "a care plan needs at least one area of need") @Size(max = 20)
        List<@NotNull @Valid Need> needs,
    @NotEmpty(message = "name the agencies involved, the lead agency among them") @Size(max = 20)
        List<@NotNull @Valid Agency> agencies,
    @NotNull @Size(max = 50) List<@NotNull @Valid Action> actions,
    @NotBlank @Size(max = 200) @PlainText String leadAgency,
    @NotBlank @Size(max = 64) @PlainText String caseManager,
    @NotNull LocalDate reviewDate,
    @Valid PersonalBudget personalBudget) {

  /** A plan without a personal budget (every child's plan). */
  public CarePlanRequest(List<Need> needs, List<Agency> agencies, List<Action> actions, String leadAgency,
      String caseManager, LocalDate reviewDate) {
    this(needs, agencies, actions, leadAgency, caseManager, reviewDate, null);
  }

  /**
   * Adults: the agreed weekly amount and, when it differs from the indicative amount of the resource
   * allocation system (carepath fills that in; a value sent is ignored), the reason.
   */
  @JsonIgnoreProperties(value = {"indicativeWeeklyAmount"})
  public record PersonalBudget(
      @NotNull @jakarta.validation.constraints.DecimalMin("0.00") @jakarta.validation.constraints.DecimalMax("10000.00")
          @jakarta.validation.constraints.Digits(integer = 5, fraction = 2) java.math.BigDecimal weeklyAmount,
      @Size(max = 2000) @PlainText(multiLine = true, message = "must be text without control characters other than line breaks and tabs")
          String rationale) {}

  public record Need(
      @NotNull @Pattern(regexp = NeedArea.CODES, message = "must be one of " + NeedArea.CODES) String area,
      @NotBlank @Size(max = 1000) @PlainText String description) {}

  public record Agency(
      @NotBlank @Size(max = 200) @PlainText String name,
      @Size(max = 200) @PlainText String contactName,
      @Email @Size(max = 254) @PlainText String email,
      @NotNull(message = "say whether the family agrees to share the plan with this agency") Boolean consentToShare) {}

  public record Action(
      @NotBlank @Size(max = 1000) @PlainText String description,
      @NotBlank @Size(max = 200) @PlainText String agency,
      @NotNull(message = "name the keyworker responsible for this action") @Valid Keyworker keyworker,
      @NotNull(message = "agree a due date for this action") LocalDate dueDate,
      Long serviceId) {

    /** An action without a directory service. */
    public Action(String description, String agency, Keyworker keyworker, LocalDate dueDate) {
      this(description, agency, keyworker, dueDate, null);
    }
  }

  public record Keyworker(
      @NotBlank @Size(max = 200) @PlainText String name,
      @NotBlank @Email @Size(max = 254) @PlainText String email) {}
}
