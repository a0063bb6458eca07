package org.carepath.carecoordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.calendar.WorkingDays;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily follow-up of a plan's actions (BIAN: the case manager monitors and follows up referrals):
 * when an action falls due its keyworker gets one reminder ("make sure the referral has happened");
 * when it is still in the latest plan a configured number of working days later, it counts as overdue
 * once and the case manager is asked to chase it. Updating the plan (a new due date, or the action
 * taken out) ends the follow-up of the old action.
 */
@Service
class ActionFollowUps {

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final ActionFollowUpRepository followUps;
  private final Notifications notifications;
  private final MailTemplates mail;
  private final CarePlanFollowUpProperties properties;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final org.carepath.casefile.CasePeople people;

  ActionFollowUps(CarePlans plans, CareCaseRepository cases, ActionFollowUpRepository followUps,
      Notifications notifications, MailTemplates mail, CarePlanFollowUpProperties properties, WorkingDays workingDays,
      Clock clock, org.carepath.casefile.CasePeople people) {
    this.people = people;
    this.plans = plans;
    this.cases = cases;
    this.followUps = followUps;
    this.notifications = notifications;
    this.mail = mail;
    this.properties = properties;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** Reminds the keyworkers of actions that fell due; returns how many actions became overdue now. */
  @Transactional
  public int followUp(String reference) {
    AgreedPlan plan = plans.latestAgreed(reference).orElse(null);
    if (plan == null) {
      return 0;
    }
    CareCase careCase = cases.getByReference(reference);
    LocalDate today = LocalDate.now(clock);
    int newlyOverdue = 0;
    // a keyworker is written to only while their agency's consent stands (consent.Consents) and the person
    // shares with agencies at all; otherwise the action is followed up by the case manager alone (escalation)
    java.util.Set<String> mayBeWritten = new java.util.HashSet<>();
    if (people.of(careCase).personConsentsToShare()) {
      plan.agenciesToCirculate().forEach(a -> mayBeWritten.add(org.carepath.consent.Consents.keyOf(a.name())));
    }
    for (AgreedPlan.Action action : plan.actions()) {
      if (action.dueDate().isAfter(today)) {
        continue;
      }
      String key = ActionFollowUp.keyOf(action);
      ActionFollowUp followUp = followUps.findByCareCaseAndActionKey(careCase, key)
          .orElseGet(() -> new ActionFollowUp(careCase, key));
      if (!followUp.reminded() && mayBeWritten.contains(org.carepath.consent.Consents.keyOf(action.agency()))) {
        notifications.sendOnce(careCase, "action-reminder/" + reference + "/" + key, reminder(plan, action),
            List.of(), "carepath");
        followUp.remind(clock.instant());
      }
      if (!followUp.escalated() && overdue(action, today)) {
        followUp.escalate(clock.instant());
        newlyOverdue++;
      }
      followUps.save(followUp);
    }
    return newlyOverdue;
  }

  /** The actions of the latest plan that are overdue today, one line each, for the case manager's form. */
  @Transactional(readOnly = true)
  public List<AgreedPlan.Action> overdue(String reference) {
    LocalDate today = LocalDate.now(clock);
    return plans.latestAgreed(reference).map(AgreedPlan::actions).orElse(List.of()).stream()
        .filter(action -> overdue(action, today)).toList();
  }

  private boolean overdue(AgreedPlan.Action action, LocalDate today) {
    return workingDays.between(action.dueDate(), today) >= properties.overdueAfterWorkingDays();
  }

  private org.carepath.notification.Letter reminder(AgreedPlan plan, AgreedPlan.Action action) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", plan.reference());
    model.put("action", action);
    model.put("caseManager", plan.caseManager());
    model.put("leadAgency", plan.leadAgency());
    return mail.render("action-reminder", model, List.of(action.keyworker().email()));
  }
}
