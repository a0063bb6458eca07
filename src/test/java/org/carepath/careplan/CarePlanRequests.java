package org.carepath.careplan;

import java.time.LocalDate;

/** JSON bodies of {@code PUT /api/cases/{reference}/care-plan} for tests (the plan of ReferralPathwayPostgresIT). */
public final class CarePlanRequests {

  public static final String LEAD_AGENCY = "Speech and language therapy";
  public static final String SCHOOL = "Ysgol Y Wern";
  public static final String KEYWORKER = "Alys Hughes";

  private CarePlanRequests() {}

  /** Speech and language therapy (consents to share, leads) and the school (does not); one action. */
  public static String valid(String caseManager, LocalDate actionDue, LocalDate reviewDate) {
    return """
        {"needs": [{"area": "DEVELOPMENTAL_EDUCATION", "description": "Speech delay at nursery"},
                   {"area": "SOCIAL", "description": "Parents need a break"}],
         "agencies": [{"name": "%s", "contactName": "%s", "email": "alys.hughes@slt.example", "consentToShare": true},
                      {"name": "%s", "contactName": "Mr Rees", "email": "rees@school.example", "consentToShare": false}],
         "actions": [{"description": "Refer to speech and language therapy", "agency": "%s",
                      "keyworker": {"name": "%s", "email": "alys.hughes@slt.example"}, "dueDate": "%s"}],
         "leadAgency": "%s", "caseManager": "%s", "reviewDate": "%s"}
        """.formatted(LEAD_AGENCY, KEYWORKER, SCHOOL, LEAD_AGENCY, KEYWORKER, actionDue, LEAD_AGENCY, caseManager,
        reviewDate);
  }
}
