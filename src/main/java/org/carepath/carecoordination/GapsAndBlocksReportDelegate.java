package org.carepath.carecoordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_SendGapsAndBlocksReport}: BIAN's Gaps and Blocks Form, sent to the case manager's line
 * manager and the chair of the interagency network ({@code carepath.care-plan.gaps-and-blocks.*}) and
 * filed on the case. The report names the case by its reference, not the child.
 */
@Component("gapsAndBlocksReportDelegate")
class GapsAndBlocksReportDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CarePlans plans;
  private final Notifications notifications;
  private final MailTemplates mail;
  private final CarePlanFollowUpProperties properties;

  GapsAndBlocksReportDelegate(CareCaseRepository cases, CarePlans plans, Notifications notifications,
      MailTemplates mail, CarePlanFollowUpProperties properties) {
    this.cases = cases;
    this.plans = plans;
    this.notifications = notifications;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    var careCase = cases.getByReference(reference);
    // an adult's report goes to adult services' line manager and network chair, never to the children's
    var to = careCase.isAdult() ? properties.adultGapsAndBlocks() : properties.gapsAndBlocks();
    String prefix = careCase.isAdult() ? "adult-gaps-and-blocks." : "gaps-and-blocks.";
    List<String> recipients = new ArrayList<>();
    addConfigured(recipients, to.lineManager(), prefix + "line-manager");
    addConfigured(recipients, to.networkChair(), prefix + "network-chair");
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("description", execution.getVariable(CareCoordinationProcess.GAP_DESCRIPTION));
    model.put("reportedBy", execution.getVariable(CareCoordinationProcess.EVENT_BY));
    model.put("plan", plans.latestAgreed(reference).orElse(null));
    notifications.sendOnce(careCase, "gaps-and-blocks/" + execution.getId(),
        mail.render("gaps-and-blocks", model, recipients), List.of(), "carepath");
  }

  private static void addConfigured(List<String> recipients, String address, String property) {
    if (address == null || address.isBlank()) {
      throw new IllegalStateException("carepath.care-plan." + property
          + " is not configured: set the address the Gaps and Blocks report goes to");
    }
    recipients.add(address.strip());
  }
}
