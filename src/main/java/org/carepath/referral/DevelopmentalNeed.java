package org.carepath.referral;

/** The developmental need codes a referral may name (public contract: {@code developmentalNeeds}). */
public enum DevelopmentalNeed {
  COMMUNICATION("Speech, language and communication"),
  MOTOR("Motor skills"),
  LEARNING("Learning and cognition"),
  SOCIAL_EMOTIONAL("Social and emotional"),
  SENSORY("Sensory processing"),
  BEHAVIOUR("Behaviour"),
  SELF_CARE("Self-care and independence");

  private final String label;

  DevelopmentalNeed(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
