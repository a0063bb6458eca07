package org.carepath.adultcontact;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * First step of {@code AdultContact}. A contact recorded on Tasklist's start form is validated as
 * the API validates it, recorded under the API's rule of who records for which team, and stored;
 * the case reference becomes the business key. Either way the process's variables are then set
 * from the stored contact, so nothing a starter typed decides the team or the route.
 */
@Component
class RegisterContactDelegate implements JavaDelegate {

  private final ContactIntake intake;
  private final ContactRecorders recorders;
  private final CareCaseRepository cases;
  private final Validator validator;
  private final CurrentStaff staff;
  private final Clock clock;

  RegisterContactDelegate(ContactIntake intake, ContactRecorders recorders, CareCaseRepository cases,
      Validator validator, CurrentStaff staff, Clock clock) {
    this.intake = intake;
    this.recorders = recorders;
    this.cases = cases;
    this.validator = validator;
    this.staff = staff;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    AdultContact contact;
    if (reference != null && cases.findByReference(reference).isPresent()) {
      contact = intake.contactOf(cases.getByReference(reference));
    } else {
      contact = fromStartForm(execution);
      execution.setProcessBusinessKey(contact.getCareCase().getReference());
    }
    // nothing the start brought stays: no preset triage answers, ticks or routing, only carepath's own values
    execution.removeVariables();
    execution.setVariables(AdultContactProcess.startVariables(contact.getCareCase(), contact, LocalDate.now(clock)));
  }

  private AdultContact fromStartForm(DelegateExecution execution) {
    ContactRequest request = StartFormContact.read(execution);
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      String fields = violations.stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; "));
      throw new BadUserRequestException("The contact is not complete: " + fields);
    }
    if (staff.isPerson()) {
      try {
        recorders.check(request.practiceCode());
      } catch (ResponseStatusException refused) {
        throw new AuthorizationException(refused.getReason());
      }
    }
    return intake.register(request, staff.userId());
  }
}
