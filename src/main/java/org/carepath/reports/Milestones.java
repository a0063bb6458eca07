package org.carepath.reports;

import java.util.List;
import org.carepath.casefile.Pathway;

/**
 * The stages of the flow report: from the case's opening (a referral or a contact) to a milestone,
 * the first completion of one of the model steps named, or the case's discharge.
 */
record Milestones(String name, List<String> steps, boolean discharge) {

  static final List<Milestones> CHILDREN = List.of(
      new Milestones("Referral to team decision", List.of("Activity_IscanDecision"), false),
      new Milestones("Referral to first contact with the family", List.of("Activity_OptInCall", "Activity_InitialVisit"), false),
      new Milestones("Referral to plan agreed", List.of("Activity_PlanMeeting"), false),
      new Milestones("Referral to discharge", List.of(), true));

  static final List<Milestones> ADULTS = List.of(
      new Milestones("Contact to triage", List.of("Activity_TriageContact"), false),
      new Milestones("Contact to overview assessment", List.of("Activity_OverviewAssessment"), false),
      new Milestones("Contact to plan authorised", List.of("Activity_AuthoriseSupportPlan"), false),
      new Milestones("Contact to discharge", List.of(), true));

  static List<Milestones> of(Pathway pathway) {
    return pathway == Pathway.ADULT ? ADULTS : CHILDREN;
  }
}
