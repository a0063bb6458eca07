package org.carepath.casefile;

/** Why a case was closed (public contract). */
public enum CaseOutcome {
  NOT_ELIGIBLE,
  NO_CAPACITY,
  DECLINED,
  NO_CONTACT,
  DISCHARGED,
  DISENGAGED,
  /** Adults: a simple local solution, the person sent the details of services from the directory. */
  SIGNPOSTED
}
