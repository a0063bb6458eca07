package org.carepath.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.carepath.careplan.LeadAgencyRecommender.Candidate;
import org.carepath.careplan.LeadAgencyRecommender.Rating;
import org.carepath.careplan.LeadAgencyRecommender.Recommendation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Lead Agency recommendation over several candidates, with the decision {@code LeadAgency}
 * deployed to the in-memory engine and evaluated through its DecisionService.
 */
@Deployment(resources = "processes/LeadAgency.dmn")
class LeadAgencyRecommenderTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  ProcessEngine engine; // injected by the extension

  private LeadAgencyRecommender recommender;

  @BeforeEach
  void createRecommender() {
    recommender = new LeadAgencyRecommender(engine.getDecisionService());
  }

  @Test
  void shouldRecommendTheAgencyWithTheHighestSuitability() {
    // given
    List<Candidate> candidates = List.of(
        new Candidate("Speech and language therapy", "MEDIUM", "MONTHLY", true, false),
        new Candidate("Family support service", "HIGH", "WEEKLY", true, false),
        new Candidate("Public health nursing", "LOW", "OCCASIONAL", true, false));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isFalse();
    assertThat(recommendation.leadAgency()).isEqualTo("Family support service");
    assertThat(recommendation.reason())
        .startsWith("Family support service has the highest suitability (60)");
    assertThat(recommendation.ratings()).extracting(Rating::agency, Rating::suitability)
        .containsExactly(
            tuple("Family support service", 60),
            tuple("Speech and language therapy", 40),
            tuple("Public health nursing", 20));
    assertThat(recommendation.ratings()).allSatisfy(rating -> assertThat(rating.reason()).isNotBlank());
  }

  @Test
  void shouldLetTheFamilysPreferenceOutweighMoreContact() {
    // given
    List<Candidate> candidates = List.of(
        new Candidate("Family support service", "HIGH", "WEEKLY", true, false),
        new Candidate("Public health nursing", "MEDIUM", "OCCASIONAL", true, true));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isFalse();
    assertThat(recommendation.leadAgency()).isEqualTo("Public health nursing");
    assertThat(recommendation.reason()).contains("(70)", "preferred by the family");
  }

  @Test
  void shouldRequireAMeetingWhenTwoAgenciesShareTheHighestSuitability() {
    // given
    List<Candidate> candidates = List.of(
        new Candidate("Speech and language therapy", "HIGH", "MONTHLY", true, false),
        new Candidate("Family support service", "MEDIUM", "WEEKLY", true, false),
        new Candidate("Public health nursing", "LOW", "OCCASIONAL", true, false));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isTrue();
    assertThat(recommendation.leadAgency()).isNull();
    assertThat(recommendation.reason()).startsWith(LeadAgencyRecommender.MEETING_REASON)
        .contains("Speech and language therapy, Family support service",
            "share the highest suitability (50)", "interagency meeting");
    assertThat(recommendation.ratings()).hasSize(3);
  }

  @Test
  void shouldRequireAMeetingWhenThePreferenceTiesWithTheMostContact() {
    // given the family prefers the agency with the least contact
    List<Candidate> candidates = List.of(
        new Candidate("Family support service", "HIGH", "WEEKLY", true, false),
        new Candidate("Public health nursing", "LOW", "OCCASIONAL", true, true));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isTrue();
    assertThat(recommendation.reason()).contains("share the highest suitability (60)");
  }

  @Test
  void shouldRequireAMeetingWhenNoAgencyHasCapacity() {
    // given
    List<Candidate> candidates = List.of(
        new Candidate("Family support service", "HIGH", "WEEKLY", false, true),
        new Candidate("Public health nursing", "LOW", "MONTHLY", false, false));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isTrue();
    assertThat(recommendation.leadAgency()).isNull();
    assertThat(recommendation.reason()).startsWith(LeadAgencyRecommender.MEETING_REASON)
        .contains("no agency has capacity to lead");
    assertThat(recommendation.ratings()).allSatisfy(rating -> {
      assertThat(rating.suitability()).isZero();
      assertThat(rating.reason()).contains("No capacity to lead");
    });
  }

  @Test
  void shouldNeverRecommendAnAgencyWithoutCapacity() {
    // given the family prefers the agency with the most contact, which cannot lead now
    List<Candidate> candidates = List.of(
        new Candidate("Family support service", "HIGH", "WEEKLY", false, true),
        new Candidate("Public health nursing", "LOW", "OCCASIONAL", true, false));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isFalse();
    assertThat(recommendation.leadAgency()).isEqualTo("Public health nursing");
  }

  @Test
  void shouldRecommendASingleAgencyWithCapacity() {
    // given
    List<Candidate> candidates =
        List.of(new Candidate("Family support service", "LOW", "OCCASIONAL", true, false));
    // when
    Recommendation recommendation = recommender.recommend(candidates);
    // then
    assertThat(recommendation.meetingRequired()).isFalse();
    assertThat(recommendation.leadAgency()).isEqualTo("Family support service");
  }

  @Test
  void shouldEvaluateTheDecisionOncePerCandidate() {
    // given
    List<Candidate> candidates = List.of(
        new Candidate("Family support service", "HIGH", "WEEKLY", true, false),
        new Candidate("Public health nursing", "LOW", "OCCASIONAL", true, true));
    // when
    recommender.recommend(candidates);
    // then Cockpit's decision history shows one evaluation per agency
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(LeadAgencyRecommender.DECISION_KEY).count()).isEqualTo(2);
  }

  @Test
  void shouldRefuseCandidatesThatCannotBeRated() {
    // given / when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candidate("Family support service", "DAILY", "WEEKLY", true, false))
        .withMessageContaining("contact intensity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candidate("Family support service", "HIGH", null, true, false))
        .withMessageContaining("contact regularity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Candidate(" ", "HIGH", "WEEKLY", true, false));
    assertThatIllegalArgumentException().isThrownBy(() -> recommender.recommend(List.of()));
    Candidate twice = new Candidate("Family support service", "HIGH", "WEEKLY", true, false);
    assertThatIllegalArgumentException().isThrownBy(() -> recommender.recommend(List.of(twice, twice)))
        .withMessageContaining("twice");
  }
}
