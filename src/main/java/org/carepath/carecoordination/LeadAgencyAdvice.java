package org.carepath.carecoordination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.api.InvalidFieldsException;
import org.carepath.careplan.LeadAgencyRecommender;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommends a case's Lead Agency with the {@code LeadAgency} decision (BIAN: intensity and regularity
 * of contact, capacity, the family's preference); the plan meeting confirms it by naming it in the plan.
 * When the agencies cannot be separated (a tie, or none with capacity) BIAN makes an interagency meeting
 * mandatory: for a case in care co-ordination the case manager gets the meeting task at once; before
 * that, the plan meeting is that meeting. The advice is filed on the case either way.
 */
@Service
class LeadAgencyAdvice {

  static final String NOT_AGREED = "Lead Agency cannot be agreed";

  private final CaseQueries queries;
  private final LeadAgencyRecommender recommender;
  private final RuntimeService runtime;
  private final EngineAsSystem engine;
  private final CaseRecord record;
  private final CurrentStaff staff;

  LeadAgencyAdvice(CaseQueries queries, LeadAgencyRecommender recommender, RuntimeService runtime,
      EngineAsSystem engine, CaseRecord record, CurrentStaff staff) {
    this.queries = queries;
    this.recommender = recommender;
    this.runtime = runtime;
    this.engine = engine;
    this.record = record;
    this.staff = staff;
  }

  @Transactional
  public LeadAgencyRecommender.Recommendation advise(String reference, LeadAgencyRequest request) {
    CareCase careCase = queries.accessible(reference);
    List<String> names = request.candidates().stream().map(c -> c.agency().strip().toLowerCase()).toList();
    for (int i = 0; i < names.size(); i++) {
      if (names.indexOf(names.get(i)) != i) {
        throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field(
            "candidates[" + i + "].agency", "names an agency already rated")));
      }
    }
    var recommendation = engine.call(() -> recommender.recommend(request.candidates().stream()
        .map(c -> new LeadAgencyRecommender.Candidate(c.agency().strip(), c.contactIntensity(), c.contactRegularity(),
            c.hasCapacity(), c.familyPreference()))
        .toList()));
    record.add(careCase, CaseRecordEntry.Kind.NOTE, recommendation.meetingRequired()
            ? NOT_AGREED + ": mandatory interagency meeting"
            : "Lead agency recommended: " + recommendation.leadAgency(),
        recommendation.reason(), staff.userId());
    if (recommendation.meetingRequired()) {
      callMeeting(reference, recommendation.reason());
    }
    return recommendation;
  }

  private void callMeeting(String reference, String reason) {
    engine.call(() -> {
      var careCoordination = runtime.createProcessInstanceQuery().processDefinitionKey(CareCoordinationProcess.KEY)
          .processInstanceBusinessKey(reference).active().singleResult();
      if (careCoordination != null) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CareCoordinationProcess.REQUESTED_BY, NOT_AGREED);
        variables.put(CareCoordinationProcess.EVENT_REASON, reason);
        variables.put(CareCoordinationProcess.EVENT_BY, staff.userId());
        runtime.createMessageCorrelation(CareCoordinationProcess.MESSAGE_MEETING_REQUESTED)
            .processInstanceId(careCoordination.getId()).setVariablesLocal(variables).correlateWithResult();
      }
      return null;
    });
  }
}
