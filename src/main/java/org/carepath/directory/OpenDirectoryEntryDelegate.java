package org.carepath.directory;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * First step of {@code KeepDirectory}: only those who keep the directory go on; a change or a
 * retirement names a live service, whose details fill the next form.
 */
@Component
class OpenDirectoryEntryDelegate implements JavaDelegate {

  private final LocalServices services;
  private final CurrentStaff staff;

  OpenDirectoryEntryDelegate(LocalServices services, CurrentStaff staff) {
    this.services = services;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (staff.isPerson() && !staff.keepsDirectory()) {
      throw new AuthorizationException("Care co-ordinators, adult teams and service leads keep the directory");
    }
    Object change = execution.getVariable("directoryChange");
    execution.removeVariables(DirectoryEntryForm.FIELDS);
    if ("ADD".equals(change)) {
      execution.removeVariable("serviceId");
      return;
    }
    if (!"CHANGE".equals(change) && !"RETIRE".equals(change)) {
      throw new BadUserRequestException("directoryChange: must be ADD, CHANGE or RETIRE");
    }
    Object id = execution.getVariable("serviceId");
    LocalService service = id instanceof Number number ? services.byId(number.longValue()).orElse(null) : null;
    if (service == null) {
      throw new BadUserRequestException("serviceId: no service " + id + " in the directory");
    }
    if (service.isRetired()) {
      throw new BadUserRequestException("serviceId: service " + id + " is retired; add it again if it has reopened");
    }
    execution.setVariable("serviceId", service.id());
    execution.setVariables(DirectoryEntryForm.of(service.details()));
  }
}
