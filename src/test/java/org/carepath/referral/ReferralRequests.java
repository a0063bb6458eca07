package org.carepath.referral;

/** JSON bodies of {@code POST /api/referrals} for tests. */
public final class ReferralRequests {

  private ReferralRequests() {}

  public static String valid(String sector, String externalReference) {
    return """
        {"externalReference": %s, "sector": "%s",
         "child": {"givenName": "Ffion", "familyName": "Jones", "dateOfBirth": "2021-03-14",
                   "nhsNumber": "9434765919", "postcode": "CF10 1AA"},
         "parentCarer": {"name": "Rhian Jones", "phone": "029 2000 0000", "email": "rhian@family.example"},
         "referrer": {"name": "Dr Owen Price", "role": "Health visitor", "organisation": "Cardiff HV team",
                      "email": "owen.price@hv.example"},
         "gp": {"name": "Dr Siân Evans", "practice": "Roath Surgery", "email": "gp@roath.example"},
         "developmentalNeeds": ["COMMUNICATION", "MOTOR"], "asdAssessmentRequested": false,
         "adhdAssessmentRequested": false, "agenciesInvolved": ["Health visiting"],
         "reason": "Speech delay and motor concerns at 2.5 year review."}
        """.formatted(externalReference == null ? "null" : "\"" + externalReference + "\"", sector);
  }

  /** The same referral, for a family who asked for letters in {@code language} (ENGLISH, WELSH, BILINGUAL). */
  public static String inLanguage(String sector, String language) {
    return valid(sector, null).replace("\"reason\":", "\"preferredLanguage\": \"" + language + "\", \"reason\":");
  }
}
