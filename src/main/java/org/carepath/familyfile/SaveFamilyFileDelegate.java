package org.carepath.familyfile;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.carepath.referral.ReferralPathwayProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the Family File fields of the initial visit form in the case's Family File and removes
 * them from the process: the engine keeps no copy of the family's details.
 */
@Component
class SaveFamilyFileDelegate implements JavaDelegate {

  static final String CONTACTS = "contacts";
  static final String ALN_PLAN = "alnPlan";
  static final String ALN_PLAN_DETAILS = "alnPlanDetails";
  static final String AGENCIES_INVOLVED = "agenciesInvolved";
  static final String SCHOOL_PLAN = "schoolPlan";

  private final CareCaseRepository cases;
  private final FamilyFileRepository files;
  private final CaseRecord record;
  private final CurrentStaff staff;
  private final Clock clock;

  SaveFamilyFileDelegate(CareCaseRepository cases, FamilyFileRepository files, CaseRecord record,
      CurrentStaff staff, Clock clock) {
    this.cases = cases;
    this.files = files;
    this.record = record;
    this.staff = staff;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    var careCase = cases.getByReference(reference);
    FamilyFile file = files.findByCareCase(careCase).orElseGet(() -> new FamilyFile(careCase, staff.userId(), clock.instant()));
    file.update(text(execution, CONTACTS), yes(execution, ALN_PLAN), text(execution, ALN_PLAN_DETAILS),
        text(execution, AGENCIES_INVOLVED), yes(execution, SCHOOL_PLAN));
    files.save(file);
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Family File opened at the initial visit",
        "Statutory ALN plan: " + (file.isStatutoryAlnPlan() ? "yes" : "no")
            + "\nPlan in school: " + (file.isPlanInSchool() ? "yes" : "no"), staff.userId());
    execution.removeVariables(java.util.List.of(CONTACTS, ALN_PLAN, ALN_PLAN_DETAILS, AGENCIES_INVOLVED, SCHOOL_PLAN));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static boolean yes(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return Boolean.TRUE.equals(value) || "yes".equalsIgnoreCase(String.valueOf(value));
  }
}
