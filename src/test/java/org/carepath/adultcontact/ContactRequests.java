package org.carepath.adultcontact;

/** Valid bodies of {@code POST /api/contacts} for tests. */
public final class ContactRequests {

  /** Practices of the demo teams: Alnwick (A84005, A84030), Blyth (A84002, A84013); A84999 belongs to no team. */
  public static final String ALNWICK = "A84005";
  public static final String BLYTH = "A84002";
  public static final String NO_TEAM = "A84999";

  private ContactRequests() {}

  public static String valid(String practice, String externalReference) {
    return withSafeguarding(practice, externalReference, null);
  }

  /** A contact with a safeguarding concern; {@code concern} is JSON or null. */
  public static String withSafeguarding(String practice, String externalReference, String concern) {
    return """
        {"externalReference": %s, "channel": "PHONE",
         "person": {"givenName": "Edith", "familyName": "Armstrong", "dateOfBirth": "1944-05-02",
                    "nhsNumber": "9434765919", "postcode": "NE66 1AB", "phone": "01665 510000",
                    "email": "edith.armstrong@home.example", "gpPracticeCode": "%s"},
         "carer": {"name": "Joan Armstrong", "relationship": "daughter", "phone": "07700 900123",
                   "email": "joan@family.example"},
         "reason": "Lonely since her husband died; struggling to get to the shops.",
         "safeguarding": %s,
         "consentToShare": true}
        """.formatted(externalReference == null ? "null" : "\"" + externalReference + "\"", practice,
        concern == null ? "null" : concern);
  }
}
