package org.carepath.familyfile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.Referral;
import org.carepath.referral.ReferralRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the visit's Family File from what the case already knows, so the worker corrects rather than
 * re-types (bean {@code prefillFamilyFileListener}, create listener of "Visit family and open Family
 * File"): the contacts page and the agencies involved from the Family File if the case has one (a case
 * brought back), else from the referral (the parent or carer, the GP and the referrer, and the agencies
 * the referrer named). Shown in the form's text areas, never as Markdown; "Save Family File" stores
 * what the worker submits and takes it out of the process again.
 */
@Component("prefillFamilyFileListener")
class PrefillFamilyFileListener implements TaskListener {

  private final CareCaseRepository cases;
  private final FamilyFileRepository files;
  private final ReferralRepository referrals;

  PrefillFamilyFileListener(CareCaseRepository cases, FamilyFileRepository files, ReferralRepository referrals) {
    this.cases = cases;
    this.files = files;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    var file = files.findByCareCase(careCase);
    if (file.isPresent()) {
      prefill(task, SaveFamilyFileDelegate.CONTACTS, file.get().getContacts());
      prefill(task, SaveFamilyFileDelegate.AGENCIES_INVOLVED, file.get().getAgenciesInvolved());
      return;
    }
    referrals.findByCareCase(careCase).ifPresent(referral -> {
      prefill(task, SaveFamilyFileDelegate.CONTACTS, contacts(referral));
      prefill(task, SaveFamilyFileDelegate.AGENCIES_INVOLVED, referral.getAgenciesInvolved());
    });
  }

  /** One line each for the parent or carer, the GP and the referrer, with what the referral holds of them. */
  static String contacts(Referral referral) {
    List<String> lines = new ArrayList<>();
    line(lines, "Parent or carer", referral.getParentName(), referral.getParentPhone(), referral.getParentEmail());
    line(lines, "GP", referral.getGpName(), referral.getGpPractice(), referral.getGpEmail());
    line(lines, "Referrer", referral.getReferrerName(), referral.getReferrerRole(), referral.getReferrerOrganisation(),
        referral.getReferrerEmail());
    return String.join("\n", lines);
  }

  private static void line(List<String> lines, String who, String... details) {
    List<String> known = java.util.Arrays.stream(details).filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
    if (!known.isEmpty()) {
      lines.add(who + ": " + String.join(", ", known));
    }
  }

  /** Into the process, where the form's field reads it and "Save Family File" finds and removes it. */
  private static void prefill(DelegateTask task, String field, String value) {
    if (value != null && !value.isBlank() && task.getVariable(field) == null) {
      task.getExecution().setVariable(field, value);
    }
  }
}
