package org.carepath.directory;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.api.InvalidFieldsException;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * Last step of {@code KeepDirectory}: adds, changes or retires the service as the worker described
 * it, under the API's rules; a refusal names the fields and the worker's task stays open.
 */
@Component
class SaveDirectoryEntryDelegate implements JavaDelegate {

  private final LocalServices services;
  private final Validator validator;
  private final CurrentStaff staff;

  SaveDirectoryEntryDelegate(LocalServices services, Validator validator, CurrentStaff staff) {
    this.services = services;
    this.validator = validator;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object change = execution.getVariable("directoryChange");
    Object id = execution.getVariable("serviceId");
    if (!"ADD".equals(change) && !(id instanceof Number)) {
      throw new BadUserRequestException("serviceId: name the service to change or retire");
    }
    if ("RETIRE".equals(change)) {
      if (!Boolean.TRUE.equals(execution.getVariable("confirmRetirement"))) {
        throw new BadUserRequestException("confirmRetirement: tick the box to retire the service");
      }
      services.retire(((Number) id).longValue(), staff.userId());
    } else {
      LocalServiceRequest request = DirectoryEntryForm.request(execution);
      var violations = validator.validate(request);
      if (!violations.isEmpty()) {
        throw new BadUserRequestException(violations.stream().map(v -> DirectoryEntryForm.field(v.getPropertyPath().toString())
            + ": " + v.getMessage())
            .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ")));
      }
      try {
        if ("CHANGE".equals(change)) {
          services.change(((Number) id).longValue(), request.details(), staff.userId());
        } else {
          execution.setVariable("serviceId", services.add(request.details(), staff.userId()).id());
        }
      } catch (InvalidFieldsException | LocalServices.RetiredServiceException refused) {
        throw new BadUserRequestException(refused.getMessage());
      }
    }
    execution.removeVariables(DirectoryEntryForm.FIELDS);
  }
}
