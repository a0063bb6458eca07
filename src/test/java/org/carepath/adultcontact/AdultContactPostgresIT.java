package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.carepath.CarepathApplication;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole adult contact on PostgreSQL, every delegate real: recorded by the contact centre, routed to
 * Alnwick by the GP practice, triaged, signposted to services of the directory, the letter sent by
 * the job executor to a real SMTP server (GreenMail) exactly once, and the case closed SIGNPOSTED.
 */
class AdultContactPostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_adult_it");
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final String ENGINE = "adultpostgres";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ConfigurableApplicationContext context;
  private static HttpProbe server;

  @BeforeAll
  static void start() {
    DATABASE.recreate();
    SMTP.start();
    Map<String, Object> properties = new HashMap<>(DATABASE.springProperties());
    properties.put("server.port", "0");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", SMTP.getSmtp().getPort());
    properties.put("carepath.admin.password", "adult-kettle-42");
    properties.put("carepath.demo.users-enabled", "true");
    properties.put("carepath.demo.users-on-any-database", "true");
    properties.put("camunda.bpm.process-engine-name", ENGINE);
    properties.put("camunda.bpm.webapp.enabled", "false");
    context = new SpringApplicationBuilder(CarepathApplication.class).profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    server = HttpProbe.local(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
    SMTP.stop();
  }

  @Test
  void shouldSignpostAnAdultByLetterOnceAndCloseTheCase() throws Exception {
    // given a phone call to the contact centre about Edith, registered with an Alnwick practice
    var recorded = as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, "onecall-77"));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String reference = JSON.readTree(recorded.body()).get("reference").asText();

    // when alan triages it as a simple local solution and chooses two services of the directory
    complete("alan", reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", false, "triageOutcome", "SIMPLE_LOCAL_SOLUTION"));
    JsonList found = new JsonList(as("alan").get("/api/directory/services?need=loneliness&postcode=NE66%201AB&age=ADULTS").body());
    var chosen = as("alan").putJson("/api/cases/" + reference + "/signposting",
        "{\"serviceIds\": [" + found.id(0) + ", " + found.id(1) + "], \"note\": \"Ring them this week.\"}");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    complete("alan", reference, "Activity_Signpost", Map.of());
    awaitJobExecutor(reference);

    // then one letter went to Edith and her daughter, naming both services; the case is closed
    List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(reference)).toList();
    assertThat(mails).hasSize(2); // one message, delivered to each of its two recipients
    MimeMessage letter = mails.get(0);
    assertThat(Arrays.stream(letter.getRecipients(Message.RecipientType.TO)).map(Address::toString))
        .containsExactly("edith.armstrong@home.example");
    assertThat(Arrays.stream(letter.getRecipients(Message.RecipientType.CC)).map(Address::toString))
        .as("the carer, copied").containsExactly("joan@family.example");
    assertThat(letter.getSubject()).isEqualTo("Local services that may help you (" + reference + ")");
    String body = (String) letter.getContent();
    assertThat(body).contains(found.name(0), found.name(1), "Ring them this week.", "Care and support team Alnwick");
    var read = as("alan").get("/api/cases/" + reference);
    assertThat(read.body()).contains("\"status\":\"CLOSED\"", "\"outcome\":\"SIGNPOSTED\"", "\"status\":\"SENT\"");
    assertThat(as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, "onecall-77")).body())
        .contains("\"reference\":\"" + reference + "\"", "\"status\":\"CLOSED\"");
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(reference))).as("exactly once")
        .hasSize(2);
  }

  @Test
  void shouldPutTheLetterOnTheCaseFileToPostWhenNobodyHasAnEmailAddress() throws Exception {
    String reference = signpostedByPost(null);
    Task post = task(reference, "Activity_PostSignpostingLetter");
    assertThat((String) tasks().getVariableLocal(post.getId(), "letterText")).contains("Dear Edith Armstrong",
        "Local services that may help you").doesNotContain("<p>");
    complete("ben", reference, "Activity_PostSignpostingLetter", Map.of("letterPosted", true));

    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(reference))).as("nothing mailed")
        .isEmpty();
    assertThat(as("ben").get("/api/cases/" + reference).body()).contains("Letter to post: Local services that may help you",
        "Letter posted: Local services that may help you",
        "\"outcome\":\"SIGNPOSTED\"", "Reason for the outcome: She asked for the befriending scheme only");
  }

  @Test
  void shouldPutALetterInBothLanguagesToPostWelshFirst() throws Exception {
    String reference = signpostedByPost("BILINGUAL");
    Task post = task(reference, "Activity_PostSignpostingLetter");
    String text = (String) tasks().getVariableLocal(post.getId(), "letterText");
    assertThat(text).startsWith("Gwasanaethau lleol a allai eich helpu (" + reference + ") / Local services that may help you")
        .contains("Annwyl Edith Armstrong,", "Dear Edith Armstrong,");
    assertThat(text.indexOf("Yn gywir,")).isLessThan(text.indexOf("Yours sincerely,"));
    complete("ben", reference, "Activity_PostSignpostingLetter", Map.of("letterPosted", true));

    assertThat(as("ben").get("/api/cases/" + reference).body()).contains(
        "Letter to post: Gwasanaethau lleol a allai eich helpu", "\"preferredLanguage\":\"BILINGUAL\"");
  }

  /** A contact without e-mail addresses, signposted to one service: the letter waits to be posted. */
  private String signpostedByPost(String language) throws Exception {
    String body = ContactRequests.valid(ContactRequests.BLYTH, null)
        .replace("\"email\": \"edith.armstrong@home.example\", ", "")
        .replace(",\n           \"email\": \"joan@family.example\"", "");
    if (language != null) {
      body = body.replace("\"consentToShare\": true", "\"consentToShare\": true, \"preferredLanguage\": \"" + language + "\"");
    }
    var recorded = as("cath").postJson("/api/contacts", body);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String reference = JSON.readTree(recorded.body()).get("reference").asText();

    complete("ben", reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", true, "triageOutcome", "SIMPLE_LOCAL_SOLUTION",
        "triageReason", "She asked for the befriending scheme only"));
    Task signpost = task(reference, "Activity_Signpost");
    @SuppressWarnings("unchecked")
    Map<String, Object> local = (Map<String, Object>) (Map<?, ?>) tasks().getVariablesLocal(signpost.getId());
    assertThat(local).containsKey("suggestion1").containsKey("suggestion1Id");
    complete("ben", reference, "Activity_Signpost", Map.of("send1", true));
    awaitJobExecutor(reference);
    return reference;
  }

  @Test
  void shouldTellAPersonWhoseNeedsAreNotEligibleWhyAndWhereElseToTurn() throws Exception {
    // given a contact from Blyth that the team assesses, when the overview finds one outcome not achieved
    String reference = notEligible(ContactRequests.valid(ContactRequests.BLYTH, "onecall-88"));

    // then one letter says why, names services of her district (NE66), and goes to Edith with her daughter copied
    MimeMessage letter = letter("Your assessment: what we found (" + reference + ")");
    assertThat((String) letter.getContent()).contains("England: fewer than two of the specified outcomes cannot be achieved",
        "Alnwick Community Connectors", "Care and support team Blyth");
    assertThat(letter.getHeader("Content-Language")).containsExactly("en-GB");
  }

  @Test
  void shouldWriteToAPersonWhoAskedForWelshInWelshWithTheReasonOfTheRuleInWelsh() throws Exception {
    // given a contact who asked for letters in Welsh, when the overview finds one outcome not achieved
    String reference = notEligible(ContactRequests.valid(ContactRequests.BLYTH, "onecall-89")
        .replace("\"consentToShare\": true", "\"consentToShare\": true, \"preferredLanguage\": \"WELSH\""));

    // then the letter is in Welsh, the decision's reason too (read from the rule the engine's history names)
    MimeMessage letter = letter("Eich asesiad: yr hyn a ganfuwyd gennym (" + reference + ")");
    assertThat(letter.getHeader("Content-Language")).containsExactly("cy");
    assertThat((String) letter.getContent()).contains("<html lang=\"cy\">", "Annwyl Edith Armstrong a Joan Armstrong,",
        "Lloegr: mae llai na dau o&#39;r canlyniadau penodedig na ellir eu cyflawni", "Alnwick Community Connectors",
        "Yn gywir,", "Tîm gofal a chymorth Blyth").doesNotContain("England:", "Dear", "Care and support team");
  }

  /** Records the contact, triages it for assessment and finds one outcome not achieved; gives the reference. */
  private String notEligible(String contact) throws Exception {
    var recorded = as("cath").postJson("/api/contacts", contact);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String reference = JSON.readTree(recorded.body()).get("reference").asText();
    complete("ben", reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", true, "triageOutcome", "ASSESS_AND_ARRANGE", "leadWorker", "ben"));
    Map<String, Object> overview = new LinkedHashMap<>();
    for (String outcome : CheckOverviewListener.OUTCOMES) {
      overview.put(outcome, "SOME");
    }
    overview.put("outcomeHomeSafety", "SUBSTANTIAL");
    overview.put("wellbeingImpact", true);
    overview.put("needsFromCondition", true);
    overview.put("needsNotMetOtherwise", true);
    complete("ben", reference, "Activity_OverviewAssessment", overview);
    await().atMost(Duration.ofSeconds(30)).until(() -> as("ben").get("/api/cases/" + reference).body()
        .contains("\"outcome\":\"NOT_ELIGIBLE\""));
    return reference;
  }

  /** The letter of this subject: one message, delivered to each of two (the person, her daughter copied). */
  private static MimeMessage letter(String subject) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).equals(subject)).toList(), found -> found.size() == 2).get(0);
  }

  @Test
  void shouldCarryAnAdultFromContactThroughSelfAssessmentAndAuthorisationToTheFirstReview() throws Exception {
    // given a contact from Alnwick that alan triages to assess and arrange
    AdultCases adults = new AdultCases(server, tasks(), "/engine-rest/engine/" + ENGINE);
    String reference = adults.assessing(ContactRequests.ALNWICK, "alan");

    // when Edith answers her self-assessment through the link mailed to her
    MimeMessage invitation = awaitMail("Tell us how things are: your self-assessment (" + reference + ")");
    assertThat(recipients(invitation)).containsExactly("edith.armstrong@home.example");
    String selfAssessment = path(invitation, "/self-assessment/");
    assertThat(adults.postForm(selfAssessment, AdultCases.selfAssessment()).statusCode()).isEqualTo(200);
    assertThat(adults.postForm(selfAssessment, AdultCases.selfAssessment()).statusCode()).as("once").isEqualTo(409);

    // and alan assesses, finds her eligible, writes the plan beside her answers, and maggie authorises it
    adults.overview(reference, "alan");
    String agree = adults.task(reference, "Activity_AgreeSupportPlan").getId();
    assertThat((String) tasks().getVariableLocal(agree, "selfAssessmentSummary")).contains("Staying in my own home");
    adults.agreeAndAuthorise(reference, "alan");

    // then Edith, and only Edith, gets a link to read her whole record, which opens once
    MimeMessage recordLink = awaitMail("Read your care and support record (" + reference + ")");
    assertThat(recipients(recordLink)).containsExactly("edith.armstrong@home.example");
    String record = path(recordLink, "/my-record/");
    assertThat(server.get(record).body()).contains("What is your date of birth?");
    var opened = adults.postForm(record, Map.of("day", "2", "month", "5", "year", "1944"));
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("£380.00 a week", "Staying in my own home near my garden", "Alan Alnwick");
    assertThat(adults.postForm(record, Map.of("day", "2", "month", "5", "year", "1944")).statusCode()).isEqualTo(409);

    // and the authorised plan is circulated as a PDF to her, her daughter and the agency she agreed may have it
    String planSubject = "Support plan for Edith Armstrong (" + reference + "), version 1";
    MimeMessage plan = awaitMail(planSubject);
    assertThat(((jakarta.mail.internet.MimeMultipart) plan.getContent()).getCount()).as("letter and PDF").isEqualTo(2);
    await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).equals(planSubject)).flatMap(m -> recipients(m).stream()).toList(),
        to -> to.containsAll(List.of("edith.armstrong@home.example", "joan@family.example", AdultCases.AGENCY_EMAIL)));

    // when the first review falls due (brought forward here), alan reviews the plan and care continues
    String careCoordination = context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey("CareCoordination").processInstanceBusinessKey(reference).singleResult().getId();
    Job review = await().atMost(Duration.ofSeconds(60)).until(() -> management().createJobQuery()
        .processInstanceId(careCoordination).activityId("Event_ReviewDateReached").timers().singleResult(),
        java.util.Objects::nonNull);
    assertThat(review.getDuedate()).as("11 months ahead, within an adult's 12")
        .isAfter(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(300))));
    management().setJobDuedate(review.getId(), new java.util.Date());
    Task reviewTask = adults.task(reference, "Activity_CarePlanReview");
    assertThat(reviewTask.getAssignee()).isEqualTo("alan");
    var reviewed = as("alan").putJson("/api/cases/" + reference + "/care-plan", AdultCases.supportPlan("alan"));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    adults.complete("alan", reference, "Activity_CarePlanReview", Map.of("reviewOutcome", "CONTINUE"));

    // then the case stays open in care co-ordination, waiting for its next review
    await().atMost(Duration.ofSeconds(60)).until(() -> management().createJobQuery().processInstanceId(careCoordination)
        .activityId("Event_ReviewDateReached").timers().count() == 1);
    var read = as("alan").get("/api/cases/" + reference);
    assertThat(read.body()).contains("\"status\":\"OPEN\"", "Self-assessment by Edith Armstrong", "Support plan authorised",
        "\"pathway\":\"ADULT\"").doesNotContain("/my-record/" + record.substring("/my-record/".length()));
    String reviewedSubject = "Support plan for Edith Armstrong (" + reference + "), version 2";
    await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).equals(reviewedSubject)).count() == 3);
    assertThat(as("alan").get("/api/cases/" + reference + "/care-plan").body()).contains("\"version\":2",
        "\"weeklyAmount\":380.00");
  }

  @Test
  void shouldCirculateThePlanOfAPersonWhoSharesNothingToHerAndHerCarerOnly() throws Exception {
    // given Edith said at contact that nothing may be shared with other agencies
    AdultCases adults = new AdultCases(server, tasks(), "/engine-rest/engine/" + ENGINE);
    String body = ContactRequests.valid(ContactRequests.BLYTH, null).replace("\"consentToShare\": true", "\"consentToShare\": false");
    String reference = adults.assessingContact(body, "ben");

    // when her plan, naming an agency that may have it, is authorised
    adults.overview(reference, "ben");
    adults.agreeAndAuthorise(reference, "ben");

    // then only she and her daughter receive it
    String planSubject = "Support plan for Edith Armstrong (" + reference + "), version 1";
    awaitMail(planSubject);
    String careCoordination = context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey("CareCoordination").processInstanceBusinessKey(reference).singleResult().getId();
    await().atMost(Duration.ofSeconds(60)).until(() -> management().createJobQuery().processInstanceId(careCoordination)
        .activityId("Activity_CirculateCarePlan").count() == 0);
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).equals(planSubject))
        .flatMap(m -> recipients(m).stream())).containsExactlyInAnyOrder("edith.armstrong@home.example", "joan@family.example");
  }

  private static MimeMessage awaitMail(String subject) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).equals(subject)).findFirst().orElse(null), java.util.Objects::nonNull);
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path of the personal link in a mail, e.g. {@code /my-record/<token>}. */
  private static String path(MimeMessage message, String prefix) throws Exception {
    Object content = message.getContent();
    String body = content instanceof String text ? text
        : (String) ((jakarta.mail.internet.MimeMultipart) content).getBodyPart(0).getContent();
    var found = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9_-]{43}").matcher(body);
    assertThat(found.find()).as("a link " + prefix + " in " + message.getSubject()).isTrue();
    return found.group();
  }

  private static void complete(String user, String reference, String taskKey, Map<String, Object> variables) {
    Task task = task(reference, taskKey);
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    try {
      var response = as(user).postJson("/engine-rest/engine/" + ENGINE + "/task/" + task.getId() + "/complete",
          JSON.writeValueAsString(Map.of("variables", typed)));
      assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Task task(String reference, String taskKey) {
    List<Task> open = tasks().createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
    assertThat(open).as(taskKey + " of " + reference).hasSize(1);
    return open.get(0);
  }

  private static void awaitJobExecutor(String reference) {
    String instance = context.getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      for (Job failed : management().createJobQuery().processInstanceId(instance).withException().list()) {
        throw new AssertionError("Job failed:\n" + management().getJobExceptionStacktrace(failed.getId()));
      }
      return management().createJobQuery().processInstanceId(instance).count() == 0;
    });
  }

  private static HttpProbe as(String user) {
    return server.as(user, "demo");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TaskService tasks() {
    return context.getBean(TaskService.class);
  }

  private static ManagementService management() {
    return context.getBean(ManagementService.class);
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON list of directory services. */
  private record JsonList(String json) {
    long id(int i) throws IOException {
      return JSON.readTree(json).get(i).get("id").asLong();
    }

    String name(int i) throws IOException {
      return JSON.readTree(json).get(i).get("name").asText();
    }
  }
}
