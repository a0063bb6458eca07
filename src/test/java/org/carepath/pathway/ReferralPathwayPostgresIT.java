package org.carepath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.groups.Tuple;
import org.carepath.CarepathApplication;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseOutcome;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.notification.Notification;
import org.carepath.notification.NotificationRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The children's referral pathway end to end on PostgreSQL: every delegate real, letters sent by the
 * job executor to a real SMTP server (GreenMail), staff completing their tasks through Camunda's REST
 * API as themselves. Each outcome must send the right letters to the right people exactly once.
 *
 * <p>The engine has a name of its own (other test contexts share the JVM), so Camunda's REST calls go to
 * {@code /engine-rest/engine/{name}/...}; referrals come in through carepath's {@code POST
 * /api/referrals} and the case is read back through {@code GET /api/cases/{reference}}.
 */
class ReferralPathwayPostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_pathway_it");
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  // The addresses of ReferralRequests.valid(...)
  private static final String FAMILY = "rhian@family.example";
  private static final String REFERRER = "owen.price@hv.example";
  private static final String GP = "gp@roath.example";
  private static final String SLT = "alys.hughes@slt.example"; // consents to share the plan
  private static final String SCHOOL = "rees@school.example"; // does not
  private static final String LINE_MANAGER = "line.manager@carepath.example";
  private static final String NETWORK_CHAIR = "bian.chair@carepath.example";
  private static final String WORKER = "nina"; // care co-ordinator of iscan-north (demo staff)
  private static final String ENGINE = "pathwaypostgres";

  private static ConfigurableApplicationContext context;
  private static HttpProbe nina;

  @BeforeAll
  static void startCarepath() {
    DATABASE.recreate();
    SMTP.start();
    Map<String, Object> properties = new HashMap<>(DATABASE.springProperties());
    properties.put("server.port", "0");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", SMTP.getSmtp().getPort());
    properties.put("carepath.admin.password", "pathway-kettle-42");
    properties.put("carepath.demo.users-enabled", "true");
    properties.put("carepath.demo.users-on-any-database", "true");
    properties.put("carepath.care-plan.gaps-and-blocks.line-manager", LINE_MANAGER);
    properties.put("carepath.care-plan.gaps-and-blocks.network-chair", NETWORK_CHAIR);
    properties.put("camunda.bpm.process-engine-name", ENGINE);
    // The webapps keep static state per JVM: only the cached test contexts may start them.
    properties.put("camunda.bpm.webapp.enabled", "false");
    // Command-line arguments: they outrank the profile's application-postgres.yaml.
    context = new SpringApplicationBuilder(CarepathApplication.class).profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    nina = HttpProbe.local(port).as(WORKER, "demo");
  }

  @AfterAll
  static void stopCarepath() {
    if (context != null) {
      context.close();
    }
    SMTP.stop();
  }

  @Test
  void shouldWriteToTheReferrerOnceWhenTheChildIsNotEligible() {
    // given
    String reference = screenedReferral();

    // when
    decide(reference, "NOT_ELIGIBLE");

    // then
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
        letter(notEligible(reference), REFERRER, GP));
    assertClosed(reference, CaseOutcome.NOT_ELIGIBLE, notEligible(reference));
  }

  @Test
  void shouldWriteToTheReferrerOnceWhenTheTeamHasNoCapacity() {
    // given
    String reference = screenedReferral();

    // when
    decide(reference, "NO_CAPACITY");

    // then
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
        letter(noCapacity(reference), REFERRER, GP));
    assertClosed(reference, CaseOutcome.NO_CAPACITY, noCapacity(reference));
  }

  @Test
  void shouldWriteToTheFamilyOnceWhenTheyDeclineCareCoordination() {
    // given
    String reference = atOptInCall();

    // when
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "DECLINED", "callNotes", "Not for now"));
    awaitJobExecutor(reference);

    // then
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP),
        letter(declined(reference), FAMILY, REFERRER, GP)));
    assertClosed(reference, CaseOutcome.DECLINED, offered(reference), declined(reference));
  }

  @Test
  void shouldWriteToAFamilyWhoAskedForBothLanguagesInWelshFirstAndToTheReferrerAloneInEnglish() throws Exception {
    // given a family who asked for letters in Welsh and English
    String reference = screenedReferral(ReferralRequests.inLanguage("NORTH", "BILINGUAL"));
    decide(reference, "CARE_COORDINATION");
    reviewForTeamLearning(reference);

    // when they decline at the opt-in call
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "DECLINED", "callNotes", "Dim diolch"));
    awaitJobExecutor(reference);

    // then the offer (to the referrer and GP only) is in English; the letter the family receives in both
    String bilingual = "Cydgysylltu gofal ar gyfer Ffion Jones (" + reference + "): penderfynodd y teulu beidio â'i dderbyn"
        + " / " + declined(reference);
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP), letter(bilingual, FAMILY, REFERRER, GP)));
    MimeMessage toFamily = message(FAMILY, bilingual);
    assertThat(toFamily.getHeader("Content-Language")).containsExactly("cy, en-GB");
    assertThat(message(REFERRER, offered(reference)).getHeader("Content-Language")).containsExactly("en-GB");
    String html = toFamily.getContent().toString();
    assertThat(html).contains("<div lang=\"cy\">", "<div lang=\"en-GB\">", "Annwyl Rhian Jones a Dr Owen Price,",
        "Dear Rhian Jones and Dr Owen Price,");
    assertThat(html.indexOf("Fe ffonion ni deulu Ffion Jones")).isPositive()
        .isLessThan(html.indexOf("We phoned the family of Ffion Jones"));
    assertThat(nina.get("/api/cases/" + reference).body()).contains("\"preferredLanguage\":\"BILINGUAL\"");
    assertClosed(reference, CaseOutcome.DECLINED, offered(reference), bilingual);
  }

  @Test
  void shouldWriteToTheFamilyOnceWhenThreeCallsFindNobody() {
    // given
    String reference = atOptInCall();

    // when
    for (int attempt = 1; attempt < 3; attempt++) {
      complete(reference, "Activity_OptInCall", Map.of("familyResponse", "NO_CONTACT"));
      fireCallRetryTimer(reference);
    }
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "NO_CONTACT"));
    awaitJobExecutor(reference);

    // then
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP),
        letter(noContact(reference), FAMILY, REFERRER, GP)));
    CareCase careCase = assertClosed(reference, CaseOutcome.NO_CONTACT, offered(reference), noContact(reference));
    assertThat(caseFileTitles(careCase)).contains(
        "Opt-in call 1: NO_CONTACT", "Opt-in call 2: NO_CONTACT", "Opt-in call 3: NO_CONTACT");
  }

  @Test
  void shouldStartCareCoordinationWhenTheFamilyAccepts() {
    // given
    String reference = atOptInCall();

    // when
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "ACCEPTED"));
    visitFamily(reference);
    savePlan(reference, 3);
    complete(reference, "Activity_PlanMeeting", Map.of("planMeetingDate", "2026-12-01",
        "planMeetingAttendees", "Family, health visitor, school", "planMeetingNotes", "Speech therapy first"));
    awaitJobExecutor(reference);

    // then: the agreed plan went to the family and the consenting agency, never to the school
    assertCareCoordinationRunning(reference);
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP),
        letter(carePlan(reference, 1), FAMILY), letter(carePlan(reference, 1), SLT)));
    CareCase careCase = assertOpen(reference, offered(reference), carePlan(reference, 1), carePlan(reference, 1));
    assertThat(caseFileTitles(careCase)).contains("Family File opened at the initial visit",
        "Plan meeting held on 2026-12-01");
    assertThat(runtime().getVariables(pathway(reference).getId()))
        .as("the meeting's notes are on the case file, not in the engine")
        .doesNotContainKeys("planMeetingDate", "planMeetingAttendees", "planMeetingNotes", "contacts", "alnPlanDetails");
  }

  @Test
  void shouldNotSendThePlanToAnAgencyWhoseConsentWasWithdrawnBeforeTheMeeting() throws Exception {
    // given a plan saved with the speech and language therapists' consent
    String reference = atOptInCall();
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "ACCEPTED"));
    visitFamily(reference);
    savePlan(reference, 3);

    // when the family withdraws it before the plan meeting
    var withdrawn = nina.putJson("/api/cases/" + reference + "/consents/Speech%20and%20language%20therapy",
        "{\"shareCarePlan\": false, \"consentedBy\": \"Rhian Jones, mother\"}");
    complete(reference, "Activity_PlanMeeting", Map.of("planMeetingDate", "2026-12-01",
        "planMeetingAttendees", "Family, health visitor, school"));
    awaitJobExecutor(reference);

    // then the agreed plan goes to the family alone, and the consent's history is on the case
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP), letter(carePlan(reference, 1), FAMILY)));
    JsonNode consents = read(nina.get("/api/cases/" + reference + "/consents").body(), JsonNode.class);
    assertThat(consents.get("history")).hasSize(2);
    assertThat(consents.get("history").get(1).get("shareCarePlan").asBoolean()).isFalse();
  }

  @Test
  void shouldRunTheIapWithoutAnOptInCallBeforeCareCoordination() {
    // given
    String reference = screenedReferral();

    // when
    decide(reference, "CARE_COORDINATION_WITH_IAP");
    reviewForTeamLearning(reference);
    visitFamily(reference);
    complete(reference, "Activity_ChooseIapServices", Map.of("iapSpeechAndLanguage", true, "iapPaediatrics", true));
    String iapDay = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3).toString();
    assertThat(openTasks(reference, "Activity_BookIapAppointment")).extracting(Task::getName).as("one title per service")
        .allMatch(name -> name.endsWith(" (" + reference + ")"))
        .anyMatch(name -> name.startsWith("Book IAP appointment (Speech and language therapy): "))
        .anyMatch(name -> name.startsWith("Book IAP appointment (Community paediatrics): "));
    openTasks(reference, "Activity_BookIapAppointment").forEach(booking -> complete(booking,
        Map.of("appointmentDate", iapDay, "appointmentTime", "10:00", "appointmentPlace", "Riverside Children's Centre")));
    List<Task> appointments = openTasks(reference, "Activity_IapAppointment");
    complete(appointments.get(0), Map.of("attended", true, "reportReceived", true));
    complete(appointments.get(1), Map.of("attended", true, "reportReceived", false));
    savePlan(reference, 3);
    complete(reference, "Activity_PlanMeeting", Map.of("planMeetingAttendees", "Family, SLT, paediatrician"));
    awaitJobExecutor(reference);

    // then
    assertThat(appointments).hasSize(2).allSatisfy(a -> assertThat(a.getAssignee()).isEqualTo(WORKER));
    assertThat(history().createHistoricProcessInstanceQuery().processDefinitionKey("IapAssessment")
        .processInstanceBusinessKey(reference).completed().count()).isOne();
    assertThat(history().createHistoricActivityInstanceQuery().processInstanceId(pathway(reference).getId())
        .activityId("Activity_OptInCall").count()).as("no opt-in call: consent came with the referral").isZero();
    assertCareCoordinationRunning(reference);
    assertThat(mailsAbout(reference)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(concat(
        letter(offered(reference), REFERRER, GP),
        letter(carePlan(reference, 1), FAMILY), letter(carePlan(reference, 1), SLT)));
    CareCase careCase = assertOpen(reference, offered(reference), carePlan(reference, 1), carePlan(reference, 1));
    assertThat(appointments).extracting(Task::getName).allMatch(name -> name.startsWith("Attend IAP appointment ("));
    assertThat(appointments).extracting(Task::getDueDate).as("due at the booked time")
        .allMatch(due -> due.toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalTime().equals(java.time.LocalTime.of(10, 0)));
    assertThat(caseFileTitles(careCase)).anyMatch(t -> t.startsWith("IAP appointment booked, Speech and language therapy: ")
        && t.endsWith(" at 10:00, Riverside Children's Centre"));
    assertThat(caseFileTitles(careCase)).contains("IAP services chosen",
        "IAP appointment, Speech and language therapy: attended, report received",
        "IAP appointment, Community paediatrics: attended, no report yet", "Plan meeting held");
  }

  @Test
  void shouldRunACaseFromThePlanMeetingThroughEventsAndTwoReviewsToDischarge() throws Exception {
    // given: the family accepted and the plan meeting agreed version 1 (an action due today)
    String reference = atOptInCall();
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "ACCEPTED"));
    visitFamily(reference);
    savePlan(reference, 3);
    complete(reference, "Activity_PlanMeeting", Map.of("planMeetingAttendees", "Family, SLT, school"));
    awaitJobExecutor(reference);

    // when the daily follow-up runs twice, the keyworker is reminded once
    fireTimer(reference, "Event_FollowUpDue");
    fireTimer(reference, "Event_FollowUpDue");

    // and the family asks for a meeting, which agrees version 2 (review in 4 months)
    assertThat(event(reference, "{\"type\":\"MEETING_REQUESTED\",\"requestedBy\":\"family\",\"reason\":\"New baby\"}")).isEqualTo(202);
    savePlan(reference, 4);
    complete(reference, "Activity_InteragencyMeeting", Map.of("meetingDate", "2026-12-10",
        "meetingPurpose", "OTHER", "meetingAttendees", "Family, SLT", "meetingDecisions", "More respite"));
    awaitJobExecutor(reference);
    assertThat(reviewTimer(reference).getDuedate()).as("the review follows the new plan: two weeks before it is due")
        .isEqualTo(java.util.Date.from(LocalDate.now().plusMonths(4).minusDays(14).atTime(9, 0)
            .atZone(java.time.ZoneId.of("Europe/London")).toInstant()));

    // and a gap is reported
    assertThat(event(reference, "{\"type\":\"GAP_OR_BLOCK\",\"reason\":\"Waiting list\",\"description\":\"No SLT for 9 months\"}")).isEqualTo(202);
    awaitJobExecutor(reference);

    // and the first review continues with version 3, the second discharges
    fireTimer(reference, "Event_ReviewDateReached");
    savePlan(reference, 6);
    complete(reference, "Activity_CarePlanReview", Map.of("reviewOutcome", "CONTINUE", "reviewNotes", "Going well"));
    awaitJobExecutor(reference);
    fireTimer(reference, "Event_ReviewDateReached");
    complete(reference, "Activity_CarePlanReview", Map.of("reviewOutcome", "DISCHARGE"));
    awaitJobExecutor(reference);

    // then every agreed plan reached the family and the consenting agency exactly once, never the school
    List<Delivery> mails = mailsAbout(reference);
    assertThat(mails).doesNotHaveDuplicates();
    for (int version = 1; version <= 3; version++) {
      String plan = carePlan(reference, version);
      assertThat(mails).filteredOn(m -> m.subject().equals(plan)).extracting(Delivery::mailbox)
          .containsExactlyInAnyOrder(FAMILY, SLT);
    }
    assertThat(mails).filteredOn(m -> m.mailbox().equals(SCHOOL)).extracting(Delivery::subject)
        .allMatch(subject -> subject.startsWith("How did care co-ordination go?"));
    assertThat(pdfAttachment(reference, SLT, carePlan(reference, 3))).startsWith("%PDF");
    assertThat(mails).filteredOn(m -> m.subject().startsWith("Action due")).extracting(Delivery::mailbox)
        .containsExactly(SLT);
    assertThat(mails).filteredOn(m -> m.subject().startsWith("Gaps and Blocks")).extracting(Delivery::mailbox)
        .containsExactlyInAnyOrder(LINE_MANAGER, NETWORK_CHAIR);
    assertThat(mails).filteredOn(m -> m.subject().contains("has ended")).extracting(Delivery::mailbox)
        .containsExactlyInAnyOrder(FAMILY, REFERRER, GP);
    assertThat(body(FAMILY, "has ended")).as("the discharge letter lists the Family File's contact page")
        .contains("Health visitor: Dr Owen Price");
    assertThat(mails).filteredOn(m -> m.subject().startsWith("How did care co-ordination go?")).extracting(Delivery::mailbox)
        .as("the school never had consent: it is not written to about the family, not even for feedback")
        .containsExactlyInAnyOrder(FAMILY, REFERRER, SLT);
    CareCase careCase = careCase(reference);
    assertThat(careCase.getStatus()).isEqualTo(CareCase.Status.CLOSED);
    assertThat(careCase.getOutcome()).isEqualTo(CaseOutcome.DISCHARGED);
    assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(nina.get("/api/cases/" + reference + "/care-plan/versions").body())
        .contains("\"version\":1", "\"version\":2", "\"version\":3");
    assertThat(caseFileTitles(careCase)).contains("Interagency meeting requested by family",
        "Interagency meeting (other) on 2026-12-10", "Gap or block reported", "Care plan reviewed: CONTINUE",
        "Care plan reviewed: DISCHARGE");
  }

  // --- the pathway, worked by nina through the REST API -----------------------------------------

  private static String screenedReferral() {
    return screenedReferral(ReferralRequests.valid("NORTH", null));
  }

  private static String screenedReferral(String body) {
    var created = nina.postJson("/api/referrals", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = read(created.body(), Map.class).get("reference").toString();
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    return reference;
  }

  /** The team's decision, with a reason since it may differ from the recommendation; letters follow. */
  private static void decide(String reference, String decision) {
    Map<String, Object> answer = new LinkedHashMap<>(Map.of("decision", decision, "decisionReason", "Agreed at the ISCAN meeting"));
    if (decision.startsWith("CARE_COORDINATION")) {
      answer.put("allocatedWorker", WORKER);
    }
    complete(reference, "Activity_IscanDecision", answer);
    awaitJobExecutor(reference);
  }

  private static String atOptInCall() {
    String reference = screenedReferral();
    decide(reference, "CARE_COORDINATION");
    reviewForTeamLearning(reference);
    assertThat(openTasks(reference, "Activity_OptInCall")).singleElement()
        .satisfies(call -> assertThat(call.getAssignee()).isEqualTo(WORKER));
    return reference;
  }

  /** The sector's first five cases get a learning review on a parallel branch; it sends no letter. */
  private static void reviewForTeamLearning(String reference) {
    openTasks(reference, "Activity_LearningReview")
        .forEach(review -> complete(review, Map.of("learningNotes", "Reviewed by the team")));
  }

  private static void visitFamily(String reference) {
    Task visit = openTasks(reference, "Activity_InitialVisit").get(0);
    assertThat(context.getBean(TaskService.class).getVariables(visit.getId())).as("the Family File starts from the referral")
        .containsEntry("contacts", "Parent or carer: Rhian Jones, 029 2000 0000, rhian@family.example\n"
            + "GP: Dr Siân Evans, Roath Surgery, gp@roath.example\n"
            + "Referrer: Dr Owen Price, Health visitor, Cardiff HV team, owen.price@hv.example")
        .containsEntry("agenciesInvolved", "Health visiting");
    complete(reference, "Activity_InitialVisit", Map.of("contacts", "Health visitor: Dr Owen Price",
        "alnPlan", false, "agenciesInvolved", "Health visiting", "schoolPlan", false));
  }

  /** Two working days later: the retry timer fires (executed now rather than waited for). */
  private static void fireCallRetryTimer(String reference) {
    Job timer = management().createJobQuery().processInstanceId(pathway(reference).getId())
        .activityId("Event_CallRetryDue").timers().singleResult();
    assertThat(timer).as("call retry timer").isNotNull();
    management().executeJob(timer.getId());
  }

  private static void complete(String reference, String taskKey, Map<String, Object> variables) {
    assertThat(openTasks(reference, taskKey)).as(taskKey + " of " + reference).hasSize(1);
    complete(openTasks(reference, taskKey).get(0), variables);
  }

  /** As Tasklist does: {@code POST /engine-rest/task/{id}/complete} with nina's credentials. */
  private static void complete(Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    var response = nina.postJson("/engine-rest/engine/" + ENGINE + "/task/" + task.getId() + "/complete",
        write(Map.of("variables", typed)));
    assertThat(response.statusCode()).as(task.getTaskDefinitionKey() + ": " + response.body()).isEqualTo(204);
  }

  private static List<Task> openTasks(String reference, String taskKey) {
    return tasks().createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  /** Letters are asynchronous steps: wait until the job executor has run every one of the case's jobs. */
  private static void awaitJobExecutor(String reference) {
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
      long waiting = 0;
      for (var instance : history().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
        for (Job failed : management().createJobQuery().processInstanceId(instance.getId()).withException().list()) {
          throw new AssertionError("Job " + failed.getId() + " failed:\n" + management().getJobExceptionStacktrace(failed.getId()));
        }
        waiting += management().createJobQuery().processInstanceId(instance.getId()).messages().count();
      }
      return waiting == 0;
    });
  }

  /** The care co-ordinator saves the plan through the API: SLT may see it, the school may not. */
  private static void savePlan(String reference, int reviewInMonths) {
    var saved = nina.putJson("/api/cases/" + reference + "/care-plan", plan(reviewInMonths, WORKER, LocalDate.now()));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  static String plan(int reviewInMonths, String caseManager, LocalDate actionDue) {
    return """
        {"needs": [{"area": "DEVELOPMENTAL_EDUCATION", "description": "Speech delay at nursery"},
                   {"area": "SOCIAL", "description": "Parents need a break"}],
         "agencies": [{"name": "Speech and language therapy", "contactName": "Alys Hughes", "email": "%s", "consentToShare": true},
                      {"name": "Ysgol Y Wern", "contactName": "Mr Rees", "email": "%s", "consentToShare": false}],
         "actions": [{"description": "Refer to speech and language therapy", "agency": "Speech and language therapy",
                      "keyworker": {"name": "Alys Hughes", "email": "%s"}, "dueDate": "%s"}],
         "leadAgency": "Speech and language therapy", "caseManager": "%s", "reviewDate": "%s"}
        """.formatted(SLT, SCHOOL, SLT, actionDue, caseManager, LocalDate.now().plusMonths(reviewInMonths));
  }

  /** Time has come for a timer of the case's care co-ordination: it fires now (the job executor runs what follows). */
  private static void fireTimer(String reference, String activityId) {
    ProcessInstance careCoordination = runtime().createProcessInstanceQuery().processDefinitionKey("CareCoordination")
        .processInstanceBusinessKey(reference).singleResult();
    Job timer = management().createJobQuery().processInstanceId(careCoordination.getId()).activityId(activityId)
        .timers().singleResult();
    assertThat(timer).as(activityId).isNotNull();
    management().executeJob(timer.getId());
    awaitJobExecutor(reference);
  }

  private static Job reviewTimer(String reference) {
    ProcessInstance careCoordination = runtime().createProcessInstanceQuery().processDefinitionKey("CareCoordination")
        .processInstanceBusinessKey(reference).singleResult();
    return management().createJobQuery().processInstanceId(careCoordination.getId())
        .activityId("Event_ReviewDateReached").timers().singleResult();
  }

  private static int event(String reference, String json) {
    var response = nina.postJson("/api/cases/" + reference + "/events", json);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.statusCode();
  }

  private static MimeMessage message(String mailbox, String subject) {
    return Arrays.stream(SMTP.getReceivedMessagesForDomain(mailbox)).filter(m -> subject(m).equals(subject))
        .findFirst().orElseThrow(() -> new AssertionError("no letter '" + subject + "' to " + mailbox));
  }

  private static String body(String mailbox, String subjectPart) throws Exception {
    MimeMessage message = Arrays.stream(SMTP.getReceivedMessagesForDomain(mailbox))
        .filter(m -> subject(m).contains(subjectPart)).findFirst().orElseThrow();
    return message.getContent().toString();
  }

  /** The PDF attached to the letter with this subject in this mailbox. */
  private static String pdfAttachment(String reference, String mailbox, String subject) throws Exception {
    MimeMessage message = Arrays.stream(SMTP.getReceivedMessagesForDomain(mailbox))
        .filter(m -> subject(m).equals(subject)).findFirst().orElseThrow();
    var multipart = (jakarta.mail.internet.MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (part.isMimeType("application/pdf")) {
        assertThat(part.getFileName()).isEqualTo("care-plan-" + reference + "-v3.pdf");
        return new String(part.getInputStream().readNBytes(8), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
    }
    throw new AssertionError("no PDF attached to " + subject);
  }

  private static ProcessInstance pathway(String reference) {
    return runtime().createProcessInstanceQuery().processDefinitionKey("ReferralPathway")
        .processInstanceBusinessKey(reference).singleResult();
  }

  // --- what the case shows ------------------------------------------------------------------------

  private static CareCase assertClosed(String reference, CaseOutcome outcome, String... letters) {
    var view = nina.get("/api/cases/" + reference);
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body()).contains("\"status\":\"CLOSED\"", "\"outcome\":\"" + outcome + "\"", "\"stage\":\"Closed\"");
    CareCase careCase = careCase(reference);
    assertThat(careCase.getStatus()).isEqualTo(CareCase.Status.CLOSED);
    assertThat(careCase.getOutcome()).isEqualTo(outcome);
    assertSentOnce(careCase, letters);
    assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .as("no process left running for a closed case").isZero();
    return careCase;
  }

  private static CareCase assertOpen(String reference, String... letters) {
    CareCase careCase = careCase(reference);
    assertThat(careCase.getStatus()).isEqualTo(CareCase.Status.OPEN);
    assertThat(careCase.getAllocatedWorker()).isEqualTo(WORKER);
    assertSentOnce(careCase, letters);
    return careCase;
  }

  /** The case's notifications: these letters, in this order, each sent at the first attempt. */
  private static void assertSentOnce(CareCase careCase, String... subjects) {
    assertThat(context.getBean(NotificationRepository.class).findByCareCaseOrderByCreatedAtAscIdAsc(careCase))
        .extracting(Notification::getSubject, Notification::getStatus, Notification::getAttempts)
        .containsExactly(Arrays.stream(subjects).map(s -> tuple(s, Notification.Status.SENT, 1)).toArray(Tuple[]::new));
  }

  private static List<String> caseFileTitles(CareCase careCase) {
    return context.getBean(CaseRecordRepository.class).findByCareCaseOrderByCreatedAtAscIdAsc(careCase).stream()
        .map(CaseRecordEntry::getTitle).toList();
  }

  private static void assertCareCoordinationRunning(String reference) {
    ProcessInstance pathway = pathway(reference);
    assertThat(runtime().getActiveActivityIds(pathway.getId())).containsExactly("Activity_CareCoordination");
    ProcessInstance careCoordination = runtime().createProcessInstanceQuery().superProcessInstanceId(pathway.getId())
        .singleResult();
    assertThat(careCoordination).isNotNull();
    assertThat(careCoordination.getBusinessKey()).isEqualTo(reference);
    assertThat(runtime().getActiveActivityIds(careCoordination.getId()))
        .containsExactlyInAnyOrder("Gateway_WaitForReview", "Event_FollowUpDue");
  }

  private static CareCase careCase(String reference) {
    return context.getBean(CareCaseRepository.class).getByReference(reference);
  }

  private static String notEligible(String reference) {
    return "Referral outcome for Ffion Jones (" + reference + "): not accepted for care co-ordination";
  }

  private static String noCapacity(String reference) {
    return "Referral outcome for Ffion Jones (" + reference + "): no care co-ordination capacity";
  }

  private static String offered(String reference) {
    return "Care co-ordination offered for Ffion Jones (" + reference + ")";
  }

  private static String carePlan(String reference, int version) {
    return "Interagency Care Plan for Ffion Jones (" + reference + "), version " + version;
  }

  private static String declined(String reference) {
    return "Care co-ordination for Ffion Jones (" + reference + "): family declined";
  }

  private static String noContact(String reference) {
    return "Care co-ordination for Ffion Jones (" + reference + "): we could not reach the family";
  }

  // --- the mail server --------------------------------------------------------------------------

  /** One letter as it lands in one mailbox: GreenMail keeps a copy per recipient. */
  record Delivery(String mailbox, String subject, String to, List<String> cc) {}

  /** The deliveries of one letter: to the first recipient, the others copied, one copy in each mailbox. */
  private static List<Delivery> letter(String subject, String to, String... copied) {
    return Stream.concat(Stream.of(to), Arrays.stream(copied))
        .map(mailbox -> new Delivery(mailbox, subject, to, List.of(copied))).toList();
  }

  @SafeVarargs
  private static List<Delivery> concat(List<Delivery>... letters) {
    return Arrays.stream(letters).flatMap(List::stream).toList();
  }

  /** Every delivery whose subject names the case. */
  private static List<Delivery> mailsAbout(String reference) {
    List<Delivery> deliveries = new ArrayList<>();
    for (GreenMailUser mailbox : SMTP.getUserManager().listUser()) {
      SMTP.findReceivedMessages(user -> user.equals(mailbox), m -> subject(m).contains("(" + reference + ")"))
          .forEach(m -> deliveries.add(new Delivery(mailbox.getEmail(), subject(m),
              addresses(m, Message.RecipientType.TO).get(0), addresses(m, Message.RecipientType.CC))));
    }
    return deliveries;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
    try {
      Address[] addresses = message.getRecipients(type);
      return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- plumbing -------------------------------------------------------------------------------

  private static TaskService tasks() {
    return context.getBean(TaskService.class);
  }

  private static RuntimeService runtime() {
    return context.getBean(RuntimeService.class);
  }

  private static HistoryService history() {
    return context.getBean(HistoryService.class);
  }

  private static ManagementService management() {
    return context.getBean(ManagementService.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return context.getBean(ObjectMapper.class).readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object value) {
    try {
      return context.getBean(ObjectMapper.class).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
