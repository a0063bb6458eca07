package org.carepath.carecoordination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CasePeople;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_NotifyAgenciesOfDisengagement}: BIAN "if the service user disengages, the other
 * agencies involved in the care plan are notified as soon as possible": one notice to every agency
 * of the latest plan that has an e-mail address. The notice says only that the family disengaged and
 * who to contact; it carries nothing of the plan, so it needs no consent to share.
 */
@Component("disengagementNoticeDelegate")
class DisengagementNoticeDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CarePlans plans;
  private final Notifications notifications;
  private final MailTemplates mail;
  private final CasePeople people;

  DisengagementNoticeDelegate(CareCaseRepository cases, CarePlans plans, Notifications notifications, MailTemplates mail,
      CasePeople people) {
    this.people = people;
    this.cases = cases;
    this.plans = plans;
    this.notifications = notifications;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    CareCase careCase = cases.getByReference(reference);
    AgreedPlan plan = plans.latestAgreed(reference).orElse(null);
    if (plan == null || !people.of(careCase).personConsentsToShare()) {
      return; // an adult who agreed to share nothing with agencies: they are not told about the person either
    }
    for (AgreedPlan.Agency agency : plan.agenciesToCirculate()) { // consent as it stands today (consent.Consents)
      if (agency.email() == null || agency.email().isBlank()) {
        continue;
      }
      Map<String, Object> model = new HashMap<>();
      model.put("reference", reference);
      model.put("agency", agency);
      model.put("adult", careCase.isAdult());
      model.put("caseManager", plan.caseManager());
      model.put("leadAgency", plan.leadAgency());
      notifications.sendOnce(careCase, "disengaged/" + execution.getId() + "/" + agency.email(),
          mail.render("disengagement-notice", model, List.of(agency.email())), List.of(), "carepath");
    }
  }
}
