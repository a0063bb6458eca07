package org.carepath.myrecord;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_SendRecordLink}: once the support plan is authorised the person gets a link to read
 * their whole record (held back for the lead worker when the contact raised a safeguarding concern).
 * Asynchronous with a retry cycle: a retry sends the same link.
 */
@Component("sendRecordLinkDelegate")
class SendRecordLinkDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final RecordLinks links;

  SendRecordLinkDelegate(CareCaseRepository cases, RecordLinks links) {
    this.cases = cases;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    links.send(cases.getByReference(execution.getProcessBusinessKey()), "record/" + execution.getProcessInstanceId(),
        true);
  }
}
