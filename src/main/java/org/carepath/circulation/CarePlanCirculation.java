package org.carepath.circulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CasePeople;
import org.carepath.identity.TeamGroups;
import org.carepath.notification.Attachment;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.springframework.stereotype.Service;

/**
 * Circulates an agreed version of the Interagency Care Plan (BIAN: "provide a copy to the service user
 * and agencies involved when agreed"; "all changes will be circulated"): one letter with the plan as a
 * PDF to the family, and one to each agency whose {@code consentToShare} is true. An agency without
 * consent never receives the plan. Each letter goes once per plan version and is filed on the case.
 */
@Service
public class CarePlanCirculation {

  static final String TEMPLATE = "care-plan";

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final CasePeople people;
  private final CarePlanPdf pdf;
  private final MailTemplates mail;
  private final Notifications notifications;
  private final TeamGroups teams;

  CarePlanCirculation(CarePlans plans, CareCaseRepository cases, CasePeople people, CarePlanPdf pdf,
      MailTemplates mail, Notifications notifications, TeamGroups teams) {
    this.plans = plans;
    this.cases = cases;
    this.people = people;
    this.pdf = pdf;
    this.mail = mail;
    this.notifications = notifications;
    this.teams = teams;
  }

  /** Sends the latest agreed version to its readers; a version already sent to someone is not sent again. */
  public void circulateLatest(String reference) {
    AgreedPlan plan = plans.latestAgreed(reference)
        .orElseThrow(() -> new IllegalStateException("Case " + reference + " has no agreed care plan to circulate"));
    CareCase careCase = cases.getByReference(reference);
    CaseParties parties = people.of(careCase);
    Attachment attachment = new Attachment("care-plan-" + reference + "-v" + plan.version() + ".pdf", "application/pdf",
        pdf.render(document(plan, parties)));
    for (Reader reader : readers(plan, parties)) {
      Map<String, Object> model = new HashMap<>();
      model.put("reference", reference);
      model.put("childName", parties.personName());
      model.put("adult", parties.adult());
      model.put("plan", plan);
      model.put("readerName", reader.name());
      model.put("caseManagerName", teams.nameOf(plan.caseManager()));
      notifications.sendOnce(careCase, "care-plan/" + reference + "/v" + plan.version() + "/" + reader.email(),
          mail.render(TEMPLATE, model, List.of(reader.email())), List.of(attachment), "carepath");
    }
  }

  /** An agreed version of the case's plan as the PDF its readers received (the case page, subject access). */
  public java.util.Optional<byte[]> pdfOf(CareCase careCase, int version) {
    return plans.version(careCase.getReference(), version).map(view -> new AgreedPlan(view.reference(), view.version(),
        view.planDate(), view.leadAgency(), view.caseManager(), view.reviewDate(), view.needs(), view.agencies(), view.actions(),
        view.agreedBy(), view.agreedAt())).map(plan -> pdf.render(document(plan, people.of(careCase))));
  }

  /** The plan as the PDF shows it. */
  public CarePlanDocument document(AgreedPlan plan, CaseParties parties) {
    var budget = parties.adult() ? plans.version(plan.reference(), plan.version())
        .map(view -> view.personalBudget()).map(b -> new CarePlanDocument.Budget(b.weeklyAmount(),
            b.indicativeWeeklyAmount(), b.rationale())).orElse(null) : null;
    return new CarePlanDocument(plan.reference(), parties.personName(), plan.version(), plan.planDate(),
        plan.reviewDate(), plan.leadAgency(), teams.nameOf(plan.caseManager()),
        plan.needs().stream().map(n -> new CarePlanDocument.Need(n.area().label(), n.description())).toList(),
        plan.actions().stream().map(a -> new CarePlanDocument.Action(a.description(), a.agency(), a.keyworker().name(),
            a.keyworker().email(), a.dueDate())).toList(),
        plan.agencies().stream().map(a -> new CarePlanDocument.Agency(a.name(), a.contactName(), a.email())).toList(),
        new CarePlanDocument.WhoToContact(parties.adult() ? parties.signOff() : mail.serviceContact(),
            teams.nameOf(plan.caseManager())), parties.adult(), budget);
  }

  record Reader(String name, String email) {}

  /**
   * The family, or the adult and their carer (each with an e-mail address), and every consenting agency
   * with an address; no agency at all when the adult refused at contact to have anything shared.
   */
  static List<Reader> readers(AgreedPlan plan, CaseParties parties) {
    List<Reader> readers = new ArrayList<>();
    parties.person().forEach(p -> readers.add(new Reader(p.name(), p.email())));
    for (AgreedPlan.Agency agency : parties.personConsentsToShare() ? plan.agenciesToCirculate() : List.<AgreedPlan.Agency>of()) {
      if (agency.email() != null && !agency.email().isBlank()
          && readers.stream().noneMatch(r -> r.email().equalsIgnoreCase(agency.email()))) {
        readers.add(new Reader(agency.contactName() == null ? agency.name() : agency.contactName(), agency.email()));
      }
    }
    return readers;
  }

}
