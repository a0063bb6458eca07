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
  /** Systems that submit referrals for any sector (e.g. a referral portal); they read no case. */
  public static final String REFERRAL_INTAKE = "referral-intake";

  public static final List<String> SECTOR_TEAMS = List.of(ISCAN_NORTH, ISCAN_SOUTH, ISCAN_WEST);

  static final List<Definition> ALL =
      List.of(
          new Definition(ISCAN_NORTH, "ISCAN team North", "SECTOR"),
          new Definition(ISCAN_SOUTH, "ISCAN team South", "SECTOR"),
          new Definition(ISCAN_WEST, "ISCAN team West", "SECTOR"),
          new Definition(CARE_COORDINATORS, "Care co-ordinators", "ROLE"),
          new Definition(FAMILY_SUPPORT_WORKERS, "Family support workers", "ROLE"),
          new Definition(SERVICE_LEADS, "Service leads", "ROLE"),
          new Definition(PROCESS_MANAGERS, "Process managers", "ROLE"),
          new Definition(REFERRAL_INTAKE, "Referral intake systems", "SYSTEM"),
          new Definition(CAMUNDA_ADMIN, "carepath administrators", "SYSTEM"));

  private StaffGroups() {}

  record Definition(String id, String name, String type) {}
}
