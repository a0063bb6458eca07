package org.carepath.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.adultcontact.ContactRequest;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralIntake;
import org.carepath.referral.ReferralRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A demo a newcomer can explore: on a fresh start (no case yet) the demo holds sample cases at
 * different stages, one in every ISCAN sector and one in each care and support team, worked as the
 * demo staff would (the same intake and the same task completions, with every check). Demo profile
 * with its staff only ({@code carepath.demo.sample-cases}, {@code carepath.demo.users-enabled}); never
 * with real data. A sample that cannot be made is logged and skipped: the demo starts regardless.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = {"carepath.demo.sample-cases", "carepath.demo.users-enabled"}, havingValue = "true")
class DemoCases {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final CareCaseRepository cases;
  private final ReferralIntake referrals;
  private final ContactIntake contacts;
  private final TaskService tasks;
  private final IdentityService identity;

  DemoCases(CareCaseRepository cases, ReferralIntake referrals, ContactIntake contacts, TaskService tasks,
      IdentityService identity) {
    this.cases = cases;
    this.referrals = referrals;
    this.contacts = contacts;
    this.tasks = tasks;
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  void sampleCases() {
    if (cases.count() > 0) {
      return;
    }
    try {
      makeSamples();
    } catch (Exception e) {
      LOG.warn("Demo: sample cases not made: {}", e.getMessage());
    }
  }

  private void makeSamples() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    // North: a referral waiting for screening
    referrals.submit(referral("NORTH", "Ffion", "Jones", today.minusYears(5), "Speech delayed; struggles at nursery"), "nina");
    // West: another waiting for screening
    referrals.submit(referral("WEST", "Osian", "Price", today.minusYears(3), "Not yet walking steadily"), "wendy");
    // South: screened by sara, waiting for the team's decision at the ISCAN meeting
    String south = referrals.submit(referral("SOUTH", "Alys", "Hughes", today.minusYears(7),
        "Anxiety at school and hospital appointments for her heart"), "sara").reference();
    as("sara", List.of("iscan-south", "care-coordinators"), () -> complete(south, "Activity_ScreenReferral",
        Map.of("needsCount", 2, "asdAdhdRequested", false, "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true)));
    // Alnwick: a phone call waiting for triage
    contacts.submit(contact("PHONE", "Edith", "Armstrong", today.minusYears(82), "A84005",
        "Lonely since her husband died; struggling to get to the shops."), "cath");
    // Blyth: triaged by ben, who assesses as the lead worker
    String blyth = contacts.submit(contact("HEALTH_WORKER", "George", "Milburn", today.minusYears(76), "A84002",
        "District nurse: falls at home, carer (his wife) exhausted."), "cath").reference();
    as("ben", List.of("cst-blyth"), () -> complete(blyth, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", true, "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "ben")));
    LOG.info("Demo: five sample cases at different stages (see /cases as nina, sara, wendy, alan or ben)");
  }

  private void complete(String reference, String taskKey, Map<String, Object> variables) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void as(String user, List<String> groups, Runnable work) {
    identity.setAuthentication(user, groups);
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static ReferralRequest referral(String sector, String given, String family, LocalDate born, String reason)
      throws Exception {
    return JSON.readValue("""
        {"sector": "%s",
         "child": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "postcode": "CF10 1AA"},
         "parentCarer": {"name": "Sian %s", "phone": "029 2000 0001", "email": "parent.%s@family.example"},
         "referrer": {"name": "Dr Owen Rees", "role": "Health visitor", "organisation": "Cardiff and Vale UHB",
                      "email": "owen.rees@health.example"},
         "gp": {"name": "Dr Ann Morgan", "practice": "Canton Surgery", "email": "canton.surgery@gp.example"},
         "developmentalNeeds": ["COMMUNICATION", "SOCIAL_EMOTIONAL"],
         "asdAssessmentRequested": false, "adhdAssessmentRequested": false,
         "agenciesInvolved": ["Health visiting"], "reason": "%s"}
        """.formatted(sector, given, family, born, family, given.toLowerCase(), reason), ReferralRequest.class);
  }

  private static ContactRequest contact(String channel, String given, String family, LocalDate born, String practice,
      String reason) throws Exception {
    return JSON.readValue("""
        {"channel": "%s",
         "person": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "postcode": "NE66 1AB",
                    "phone": "01665 510000", "email": "%s.%s@home.example", "gpPracticeCode": "%s"},
         "reason": "%s", "consentToShare": true}
        """.formatted(channel, given, family, born, given.toLowerCase(), family.toLowerCase(), practice, reason),
        ContactRequest.class);
  }
}
