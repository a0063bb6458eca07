package org.carepath.carecoordination;

/** Names of {@code processes/CareCoordination.bpmn} that code relies on: key, messages and variables. */
public final class CareCoordinationProcess {

  public static final String KEY = "CareCoordination";

  public static final String MESSAGE_CARE_PLAN_AGREED = "CarePlanAgreed";
  public static final String MESSAGE_MEETING_REQUESTED = "MeetingRequested";
  public static final String MESSAGE_CASE_MANAGER_CHANGE = "CaseManagerChange";
  public static final String MESSAGE_GAP_OR_BLOCK = "GapOrBlock";
  public static final String MESSAGE_DISENGAGED = "Disengaged";
  public static final String MESSAGE_BRING_BACK = "BringBack";

  /** Local to an event sub-process: what the event said and who reported it. */
  public static final String EVENT_REASON = "eventReason";
  public static final String EVENT_BY = "eventBy";
  public static final String REQUESTED_BY = "meetingRequestedBy";
  public static final String NEW_CASE_MANAGER = "newCaseManager";
  public static final String GAP_DESCRIPTION = "gapDescription";

  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String OVERDUE_ACTIONS = "overdueActions";
  public static final String PLAN_AGREED = "planAgreed";
  public static final String DISENGAGEMENT_DECISION = "disengagementDecision";

  private CareCoordinationProcess() {}
}
