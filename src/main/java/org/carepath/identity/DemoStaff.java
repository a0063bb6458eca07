package org.carepath.identity;

import static org.carepath.identity.StaffGroups.*;

import java.util.List;

/**
 * The demo users of the README (demo profile only); every one has the password {@code demo}. The
 * members of the demo care and support teams join their teams' groups when the teams are created
 * ({@code supportteam.DemoCareAndSupportTeams}).
 */
final class DemoStaff {

  static final String PASSWORD = "demo";

  static final List<Member> MEMBERS =
      List.of(
          new Member("nina", "Nina", "North", ISCAN_NORTH, CARE_COORDINATORS),
          new Member("noah", "Noah", "North", ISCAN_NORTH, FAMILY_SUPPORT_WORKERS),
          new Member("sara", "Sara", "South", ISCAN_SOUTH, CARE_COORDINATORS),
          new Member("sam", "Sam", "South", ISCAN_SOUTH, FAMILY_SUPPORT_WORKERS),
          new Member("wendy", "Wendy", "West", ISCAN_WEST, CARE_COORDINATORS),
          new Member("will", "Will", "West", ISCAN_WEST, FAMILY_SUPPORT_WORKERS),
          new Member("cath", "Cath", "Contact", ADULT_CONTACT_CENTRE),
          new Member("alan", "Alan", "Alnwick"),
          new Member("ava", "Ava", "Alnwick"),
          new Member("ben", "Ben", "Blyth"),
          new Member("cara", "Cara", "Complex", COMPLEX_NEEDS_TEAM),
          new Member("sid", "Sid", "Safeguarding", ADULT_SAFEGUARDING),
          new Member("maggie", "Maggie", "Manager", ADULT_MANAGERS),
          new Member("lesley", "Lesley", "Lead", SERVICE_LEADS),
          new Member("max", "Max", "Modeller", PROCESS_MANAGERS),
          new Member("demo", "Demo", "Administrator", CAMUNDA_ADMIN));

  private DemoStaff() {}

  record Member(String id, String firstName, String lastName, String... groups) {
    String email() {
      return id + "@carepath.example";
    }
  }
}
