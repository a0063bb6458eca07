package org.carepath.casefile;

import java.util.Arrays;
import java.util.List;

/**
 * The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2014, regulation 2(2):
 * the overview form's variable for each, the regulation's wording for staff, and a plain question the
 * person answers in their self-assessment. Levels are {@code NONE}, {@code SOME}, {@code SUBSTANTIAL},
 * {@code CRITICAL}.
 */
public enum EligibilityOutcome {
  NUTRITION("outcomeNutrition", "Managing and maintaining nutrition",
      "Getting enough to eat and drink, and making meals"),
  PERSONAL_HYGIENE("outcomePersonalHygiene", "Maintaining personal hygiene",
      "Washing yourself and your clothes"),
  TOILETING("outcomeToileting", "Managing toilet needs", "Using the toilet"),
  DRESSING("outcomeDressing", "Being appropriately clothed",
      "Getting dressed in clothes that suit the weather and what you are doing"),
  HOME_SAFETY("outcomeHomeSafety", "Being able to make use of the home safely",
      "Moving around your home safely, and using the kitchen and bathroom"),
  HABITABLE_HOME("outcomeHabitableHome", "Maintaining a habitable home environment",
      "Keeping your home clean, safe and warm, and paying the bills"),
  RELATIONSHIPS("outcomeRelationships", "Developing and maintaining family or other personal relationships",
      "Keeping in touch with family and friends"),
  WORK_LEARNING("outcomeWorkLearning", "Accessing and engaging in work, training, education or volunteering",
      "Work, study, training or volunteering"),
  COMMUNITY("outcomeCommunity", "Making use of necessary facilities or services in the local community",
      "Getting out to the shops, the doctor, public transport and other local services"),
  CARING_FOR_CHILD("outcomeCaringForChild", "Carrying out any caring responsibilities for a child",
      "Looking after a child you care for");

  /** The levels, least need first. */
  public static final List<String> LEVELS = List.of("NONE", "SOME", "SUBSTANTIAL", "CRITICAL");

  private final String variable;
  private final String regulation;
  private final String question;

  EligibilityOutcome(String variable, String regulation, String question) {
    this.variable = variable;
    this.regulation = regulation;
    this.question = question;
  }

  /** The overview form's String variable of this outcome, e.g. {@code outcomeNutrition}. */
  public String variable() { return variable; }

  /** The regulation's wording. */
  public String regulation() { return regulation; }

  /** The plain question of the self-assessment. */
  public String question() { return question; }

  /** Every outcome's variable, in the regulation's order. */
  public static List<String> variables() {
    return Arrays.stream(values()).map(EligibilityOutcome::variable).toList();
  }
}
