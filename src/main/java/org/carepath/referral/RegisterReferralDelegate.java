package org.carepath.referral;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.Sector;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * First step of a referral started from Tasklist's start form: validates the form like the API
 * does, lets a staff member refer only to their own sector (as the API does), creates the case,
 * makes its reference the business key and replaces the form's fields by the few display variables. For a referral that came through the API the case exists: nothing to do.
 */
@Component
class RegisterReferralDelegate implements JavaDelegate {

  private final ReferralIntake intake;
  private final Validator validator;
  private final CurrentStaff staff;
  private final Clock clock;

  RegisterReferralDelegate(ReferralIntake intake, Validator validator, CurrentStaff staff, Clock clock) {
    this.intake = intake;
    this.validator = validator;
    this.staff = staff;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(ReferralPathwayProcess.CASE_REFERENCE)) {
      return;
    }
    ReferralRequest request = StartFormReferral.read(execution);
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      String fields = violations.stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; "));
      throw new BadUserRequestException("The referral is not complete: " + fields);
    }
    Sector sector = Sector.valueOf(request.sector());
    if (staff.isPerson() && !staff.maySubmitReferralFor(sector)) {
      // the same rule as POST /api/referrals: a team refers to its own sector (403, nothing started)
      throw new AuthorizationException("sector: you may not submit referrals for sector " + sector);
    }
    Referral referral = intake.register(request, staff.userId());
    execution.setProcessBusinessKey(referral.getCareCase().getReference());
    execution.removeVariables(StartFormReferral.FIELDS);
    execution.setVariables(ReferralPathwayProcess.startVariables(referral.getCareCase(), referral, LocalDate.now(clock)));
  }
}
