package org.carepath.iap;

import static org.carepath.casefile.CaseFileFilings.text;
import static org.carepath.casefile.CaseFileFilings.yes;

import java.util.List;
import java.util.Map;
import org.carepath.casefile.CaseFileFilings;
import org.springframework.stereotype.Component;

/** What the Integrated Assessment and Plan files on the case file (IapAssessment.bpmn). */
@Component
public class IapFilings implements CaseFileFilings {

  @Override
  public Map<String, Filing> filings() {
    return Map.of(
        "Activity_ChooseIapServices", new Filing(t -> "IAP services chosen",
            t -> IapServices.ticked(t).isEmpty() ? "None" : String.join(", ", IapServices.ticked(t)), List.of()),
        "Activity_IapAppointment", new Filing(
            t -> "IAP appointment, " + text(t, "iapService") + ": " + (yes(t, "attended") ? "attended" : "not attended")
                + ", " + (yes(t, "reportReceived") ? "report received" : "no report yet"),
            t -> null, List.of()),
        "Activity_ReviewOverdueIap", new Filing(t -> "Overdue IAP reviewed", t -> text(t, "overdueReviewNotes"),
            List.of("overdueReviewNotes")));
  }
}
