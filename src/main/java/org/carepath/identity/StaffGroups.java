package org.carepath.identity;

import java.util.List;

/** The groups of the public contract; created at start-up in every profile. */
public final class StaffGroups {

  public static final String ISCAN_NORTH = "iscan-north";
  public static final String ISCAN_SOUTH = "iscan-south";
  public static final String ISCAN_WEST = "iscan-west";
  public static final String CARE_COORDINATORS = "care-coordinators";
  public static final String FAMILY_SUPPORT_WORKERS = "family-support-workers";
  public static final String SERVICE_LEADS = "service-leads";
  public static final String PROCESS_MANAGERS = "process-managers";
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  /** Monitoring (Prometheus): reads /actuator/prometheus and nothing else; holds no grant in the engine. */
  public static final String METRICS_READERS = "metrics-readers";
  /** Information governance: answers subject access requests (design 4d); reads no case otherwise, holds no grant in the engine. */
  public static final String INFORMATION_GOVERNANCE = "information-governance";
  /** Systems that submit referrals for any sector (e.g. a referral portal); they read no case. */
  public static final String REFERRAL_INTAKE = "referral-intake";

  /** Adults' single front door: one phone number, contacts recorded and routed, no triage there. */
  public static final String ADULT_CONTACT_CENTRE = "adult-contact-centre";
  public static final String COMPLEX_NEEDS_TEAM = "complex-needs-team";
  public static final String ADULT_SAFEGUARDING = "adult-safeguarding";
  /** Authorise adults' support plans and budgets. */
  public static final String ADULT_MANAGERS = "adult-managers";

  /** Every care and support team's group is {@code cst-} and the team's id (created with the team). */
  public static final String CARE_AND_SUPPORT_TEAM_PREFIX = "cst-";

  public static final List<String> ADULT_TEAMS =
      List.of(ADULT_CONTACT_CENTRE, COMPLEX_NEEDS_TEAM, ADULT_SAFEGUARDING, ADULT_MANAGERS);

  public static final List<String> SECTOR_TEAMS = List.of(ISCAN_NORTH, ISCAN_SOUTH, ISCAN_WEST);

  static final List<Definition> ALL =
      List.of(
          new Definition(ISCAN_NORTH, "ISCAN team North", "SECTOR"),
          new Definition(ISCAN_SOUTH, "ISCAN team South", "SECTOR"),
          new Definition(ISCAN_WEST, "ISCAN team West", "SECTOR"),
          new Definition(ADULT_CONTACT_CENTRE, "Adult contact centre", "ADULT_TEAM"),
          new Definition(COMPLEX_NEEDS_TEAM, "Complex needs team", "ADULT_TEAM"),
          new Definition(ADULT_SAFEGUARDING, "Adult safeguarding", "ADULT_TEAM"),
          new Definition(ADULT_MANAGERS, "Adult managers", "ROLE"),
          new Definition(CARE_COORDINATORS, "Care co-ordinators", "ROLE"),
          new Definition(FAMILY_SUPPORT_WORKERS, "Family support workers", "ROLE"),
          new Definition(SERVICE_LEADS, "Service leads", "ROLE"),
          new Definition(PROCESS_MANAGERS, "Process managers", "ROLE"),
          new Definition(INFORMATION_GOVERNANCE, "Information governance", "ROLE"),
          new Definition(REFERRAL_INTAKE, "Referral intake systems", "SYSTEM"),
          new Definition(METRICS_READERS, "Metrics readers (monitoring)", "SYSTEM"),
          new Definition(CAMUNDA_ADMIN, "carepath administrators", "SYSTEM"));

  private StaffGroups() {}

  record Definition(String id, String name, String type) {}
}
