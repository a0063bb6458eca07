package org.carepath.referral;

import static org.carepath.casefile.CaseFileFilings.notes;
import static org.carepath.casefile.CaseFileFilings.on;
import static org.carepath.casefile.CaseFileFilings.text;

import java.util.List;
import java.util.Map;
import org.carepath.casefile.CaseFileFilings;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Component;

/** What the children's pathway files on the case file (ReferralPathway.bpmn). */
@Component
public class ReferralPathwayFilings implements CaseFileFilings {

  @Override
  public Map<String, Filing> filings() {
    return Map.of(
        "Activity_LearningReview", new Filing(t -> CaseRecordEntry.LEARNING_REVIEW, t -> text(t, "learningNotes"),
            List.of("learningNotes")),
        "Activity_PlanMeeting", new Filing(t -> "Plan meeting held" + on(t.getVariable("planMeetingDate")),
            t -> "Attendees: " + text(t, "planMeetingAttendees") + notes(t, "planMeetingNotes"),
            List.of("planMeetingDate", "planMeetingAttendees", "planMeetingNotes")));
  }
}
