package org.carepath.system;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the personal data staff type into Tasklist forms out of the engine's history. The referral
 * of a start form, the Family File, notes, meeting records and the care plan being edited on a form
 * reach the engine only as form variables; carepath moves them onto the case file when the task
 * completes. This plugin makes sure the engine's history (ACT_HI_VARINST, ACT_HI_DETAIL) never
 * records them, so the engine keeps only the small documented set of display variables.
 */
@Component
public class FormOnlyVariables extends AbstractProcessEnginePlugin {

  /** Form fields that are business data: never written to the engine's history. */
  public static final Set<String> NAMES = Set.of(
      // referral start form (StartFormReferral)
      "childGivenName", "childFamilyName", "childDateOfBirth", "childNhsNumber", "childPostcode", "parentName",
      "parentPhone", "parentEmail", "referrerName", "referrerRole", "referrerOrganisation", "referrerEmail", "gpName",
      "gpPractice", "gpEmail", "agenciesInvolved", "reason",
      // adult contact start form (StartFormContact)
      "givenName", "familyName", "dateOfBirth", "nhsNumber", "postcode", "phone", "email", "gpPracticeCode",
      "carerName", "carerRelationship", "carerPhone", "carerEmail",
      "safeguardingDescription",
      // adults' notes filed on the case file (TriageContactListener, CaseFileNoteListener, SignpostFormListener)
      "triageReason", "enquiryNotes", "overviewNotes", "signpostNote", "reablementNotes", "carerAssessmentNotes",
      "specialistName", "specialistSummary",
      // Family File (SaveFamilyFileDelegate)
      "contacts", "alnPlanDetails",
      // notes filed on the case file (CaseFileNoteListener, CountCallAttemptListener, RecordMeetingListener)
      "callNotes", "learningNotes", "overdueReviewNotes", "planMeetingAttendees", "planMeetingNotes", "reviewNotes",
      "followUpNotes", "disengagementNotes", "meetingAttendees", "meetingDecisions",
      // the care plan while a form edits it (CarePlanFormListener)
      "planLeadAgency", "planCaseManager", "planReviewDate", "planFormSnapshot", "planTooLargeForForm",
      "planWeeklyAmount", "planBudgetRationale", "authorisationNote",
      "carePlanSummary", "overdueActionList",
      // an IAP appointment's place may be the family's home; it is kept on the case file
      "appointmentPlace", "appointmentWhen");

  /** The care plan's rows on a form: {@code planNeed1Area}, {@code planAgency2Email}, {@code planAction3DueDate}... */
  public static final List<String> PREFIXES = List.of("planNeed", "planAgency", "planAction");

  public static boolean isFormOnly(String name) {
    return name != null && (NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Built on first use: other plugins add their handlers to the custom list during preInit too.
    configuration.setHistoryEventHandler(new Filter(
        () -> new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())));
  }

  static boolean formOnly(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return isFormOnly(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity property) {
      return isFormOnly(property.getPropertyId());
    }
    return false;
  }

  /** Hands every history event to the engine's own handlers except those of form-only variables. */
  static final class Filter implements HistoryEventHandler {

    private final Supplier<HistoryEventHandler> factory;
    private volatile HistoryEventHandler delegate;

    Filter(Supplier<HistoryEventHandler> factory) {
      this.factory = factory;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!formOnly(event)) {
        delegate().handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private HistoryEventHandler delegate() {
      HistoryEventHandler handler = delegate;
      if (handler == null) {
        synchronized (this) {
          if (delegate == null) {
            delegate = factory.get();
          }
          handler = delegate;
        }
      }
      return handler;
    }
  }
}
