package org.carepath.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a case back to Part 3 of its sector's weekly ISCAN meeting: the pathway's second entry
 * ({@code Event_CaseBroughtBack}), straight to the team decision with the earlier screening answers
 * and {@code bringBack=true} (no IAP). A closed case is opened again.
 */
@Service
public class BringBack {

  static final String[] SCREENING = {"needsCount", "asdAdhdRequested", "keyWorkerElsewhere", "complexMultiAgencyNeeds"};

  private final CareCaseRepository cases;
  private final ReferralRepository referrals;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final CaseRecord record;
  private final Clock clock;

  BringBack(CareCaseRepository cases, ReferralRepository referrals, RuntimeService runtime, HistoryService history,
      CaseRecord record, Clock clock) {
    this.cases = cases;
    this.referrals = referrals;
    this.runtime = runtime;
    this.history = history;
    this.record = record;
    this.clock = clock;
  }

  @Transactional
  public void bringBack(String reference, String reason, String by) {
    CareCase careCase = cases.getByReference(reference);
    Referral referral = referrals.findByCareCase(careCase).orElseThrow(() -> new IllegalStateException("No referral for " + reference));
    if (careCase.getStatus() == CareCase.Status.CLOSED) {
      careCase.reopen();
    }
    Map<String, Object> variables = new HashMap<>(
        ReferralPathwayProcess.startVariables(careCase, referral, LocalDate.now(clock)));
    variables.putAll(screening(reference, referral));
    variables.put(ReferralPathwayProcess.BRING_BACK, true);
    runtime.createMessageCorrelation(ReferralPathwayProcess.MESSAGE_CASE_BROUGHT_BACK)
        .processInstanceBusinessKey(reference)
        .setVariables(variables)
        .correlateStartMessage();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Brought back to Part 3 of the ISCAN meeting", reason, by);
  }

  /** The answers of the case's latest screening; from the referral when the history is gone. */
  private Map<String, Object> screening(String reference, Referral referral) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("needsCount", referral.getDevelopmentalNeeds().isBlank() ? 0 : referral.getDevelopmentalNeeds().split(",").length);
    answers.put("asdAdhdRequested", referral.isAsdAssessmentRequested() || referral.isAdhdAssessmentRequested());
    answers.put("keyWorkerElsewhere", false);
    answers.put("complexMultiAgencyNeeds", false);
    var screened = history.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralPathwayProcess.KEY)
        .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (!screened.isEmpty()) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(screened.get(0).getId()).variableNameIn(SCREENING).list()) {
        if (variable.getValue() != null) {
          answers.put(variable.getName(), variable.getValue());
        }
      }
    }
    return answers;
  }
}
