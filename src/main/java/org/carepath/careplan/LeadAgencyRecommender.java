package org.carepath.careplan;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Recommends the Lead Agency of an Interagency Care Plan (BIAN, "Criteria for Determining Lead
 * Agency"): evaluates the decision {@code LeadAgency} ({@code processes/LeadAgency.dmn}) once per
 * candidate agency and recommends the one with the highest suitability. When two or more share the
 * highest suitability, or no agency has capacity to lead, nothing is agreed automatically: BIAN
 * requires an interagency meeting. The meeting always confirms the Lead Agency; this only
 * recommends.
 *
 * <p>Evaluations are checked against the caller's authorizations when an engine user is
 * authenticated (a delegate in a process runs without checks).
 */
@Component
public class LeadAgencyRecommender {

  static final String DECISION_KEY = "LeadAgency";
  /** Why an interagency meeting is needed (BIAN, Interagency Care Plan Meeting, step 10c). */
  public static final String MEETING_REASON = "BIAN: a Lead Agency cannot be agreed";

  static final Set<String> INTENSITIES = Set.of("HIGH", "MEDIUM", "LOW");
  static final Set<String> REGULARITIES = Set.of("WEEKLY", "MONTHLY", "OCCASIONAL");

  private final DecisionService decisions;

  LeadAgencyRecommender(DecisionService decisions) {
    this.decisions = decisions;
  }

  /**
   * One agency working with the child or family, as the table's inputs: {@code contactIntensity}
   * HIGH, MEDIUM or LOW; {@code contactRegularity} WEEKLY, MONTHLY or OCCASIONAL.
   */
  public record Candidate(String agency, String contactIntensity, String contactRegularity,
      boolean hasCapacity, boolean familyPreference) {

    public Candidate {
      if (agency == null || agency.isBlank()) {
        throw new IllegalArgumentException("A candidate needs the agency's name");
      }
      if (contactIntensity == null || !INTENSITIES.contains(contactIntensity)) {
        throw new IllegalArgumentException(agency + ": contact intensity must be one of HIGH,"
            + " MEDIUM, LOW, not " + contactIntensity);
      }
      if (contactRegularity == null || !REGULARITIES.contains(contactRegularity)) {
        throw new IllegalArgumentException(agency + ": contact regularity must be one of WEEKLY,"
            + " MONTHLY, OCCASIONAL, not " + contactRegularity);
      }
    }
  }

  /** One agency's suitability (0 to 100) and the table's reason for it. */
  public record Rating(String agency, int suitability, String reason) {
  }

  /**
   * The outcome: {@code leadAgency} is the recommended agency, or {@code null} when
   * {@code meetingRequired}; {@code ratings} holds every agency, the most suitable first.
   */
  public record Recommendation(String leadAgency, boolean meetingRequired, String reason,
      List<Rating> ratings) {

    public Recommendation {
      ratings = List.copyOf(ratings);
    }
  }

  public Recommendation recommend(List<Candidate> candidates) {
    requireDistinctAgencies(candidates);
    List<Rating> ratings = candidates.stream()
        .map(this::rate)
        .sorted(Comparator.comparingInt(Rating::suitability).reversed())
        .toList();
    int best = ratings.get(0).suitability();
    List<Rating> leaders = ratings.stream().filter(r -> r.suitability() == best).toList();
    if (best == 0) {
      return meeting("no agency has capacity to lead", ratings);
    }
    if (leaders.size() > 1) {
      String names = leaders.stream().map(Rating::agency).collect(Collectors.joining(", "));
      return meeting(names + " share the highest suitability (" + best + ")", ratings);
    }
    Rating lead = leaders.get(0);
    return new Recommendation(lead.agency(), false, lead.agency() + " has the highest suitability ("
        + best + "): " + lead.reason(), ratings);
  }

  private Rating rate(Candidate candidate) {
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("contactIntensity", candidate.contactIntensity())
            .putValue("contactRegularity", candidate.contactRegularity())
            .putValue("hasCapacity", candidate.hasCapacity())
            .putValue("familyPreference", candidate.familyPreference()))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException(DECISION_KEY + " gave no result for " + candidate.agency());
    }
    Integer suitability = result.getEntry("suitability");
    return new Rating(candidate.agency(), Objects.requireNonNull(suitability, "suitability"),
        result.getEntry("reason"));
  }

  private static Recommendation meeting(String why, List<Rating> ratings) {
    return new Recommendation(null, true,
        MEETING_REASON + ": " + why + "; a mandatory interagency meeting agrees the Lead Agency",
        ratings);
  }

  private static void requireDistinctAgencies(List<Candidate> candidates) {
    if (candidates == null || candidates.isEmpty()) {
      throw new IllegalArgumentException("At least one candidate agency is needed");
    }
    Set<String> seen = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (!seen.add(candidate.agency())) {
        throw new IllegalArgumentException(candidate.agency() + " is a candidate twice");
      }
    }
  }
}
