package org.carepath.adultcontact;

/** How a contact reached the single front door (ICSP "initial contact": every channel). */
public enum Channel {
  PHONE("phone"),
  WALK_IN("walk-in"),
  REFERRAL("referral"),
  HEALTH_WORKER("health worker"),
  WEB_PORTAL("web portal"),
  EMAIL("e-mail");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
