package org.carepath.carecoordination;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.feedback.FeedbackRequests;
import org.carepath.feedback.Respondent;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CasePeople;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_RequestFeedback}: at discharge the family (or the adult and their carer) and each professional (the referrer and
 * every agency of the latest plan with an address) are asked for a score and comments, collated per
 * sector ({@code GET /api/reports/feedback}). A retried step asks nobody twice.
 */
@Component("requestFeedbackDelegate")
class RequestFeedbackDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final CasePeople people;
  private final CarePlans plans;
  private final FeedbackRequests feedback;

  RequestFeedbackDelegate(CareCaseRepository cases, CasePeople people, CarePlans plans,
      FeedbackRequests feedback) {
    this.cases = cases;
    this.people = people;
    this.plans = plans;
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    CareCase careCase = cases.getByReference(reference);
    CaseParties parties = people.of(careCase);
    List<Respondent> respondents = new ArrayList<>();
    parties.person().forEach(p -> respondents.add(new Respondent(Respondent.Role.FAMILY, p.name(), p.email())));
    if (!parties.personConsentsToShare()) { // an adult who shares nothing with agencies: nor is an agency asked about them
      feedback.request(careCase, respondents, "feedback/" + execution.getProcessInstanceId());
      return;
    }
    if (parties.referrer() != null) {
      add(respondents, parties.referrer().name(), parties.referrer().email());
    }
    // only agencies whose consent stands today (consent.Consents): a withdrawn agency is not written to about the family
    for (AgreedPlan.Agency agency : plans.latestAgreed(reference).map(AgreedPlan::agenciesToCirculate).orElse(List.of())) {
      add(respondents, agency.contactName() == null ? agency.name() : agency.contactName(), agency.email());
    }
    feedback.request(careCase, respondents, "feedback/" + execution.getProcessInstanceId());
  }

  private static void add(List<Respondent> respondents, String name, String email) {
    if (email != null && !email.isBlank() && respondents.stream().noneMatch(r -> r.email().equalsIgnoreCase(email))) {
      respondents.add(new Respondent(Respondent.Role.PROFESSIONAL, name, email));
    }
  }
}
