package org.carepath.carecoordination;

import static org.carepath.casefile.CaseFileFilings.text;

import java.util.List;
import java.util.Map;
import org.carepath.casefile.CaseFileFilings;
import org.springframework.stereotype.Component;

/** What care co-ordination files on the case file (CareCoordination.bpmn). */
@Component
public class CareCoordinationFilings implements CaseFileFilings {

  @Override
  public Map<String, Filing> filings() {
    return Map.of(
        "Activity_CarePlanReview", new Filing(t -> "Care plan reviewed: " + text(t, "reviewOutcome"),
            t -> text(t, "reviewNotes"), List.of("reviewNotes")),
        "Activity_FollowUpOverdueActions", new Filing(t -> "Overdue actions followed up", t -> text(t, "followUpNotes"),
            List.of("followUpNotes")),
        "Activity_DecideAfterDisengagement", new Filing(
            t -> "Decision after disengagement: " + text(t, "disengagementDecision"), t -> text(t, "disengagementNotes"),
            List.of("disengagementNotes")));
  }
}
