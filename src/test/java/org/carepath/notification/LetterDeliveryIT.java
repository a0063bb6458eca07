package org.carepath.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.referral.ReferralIntake;
import org.carepath.referral.ReferralRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Letters through a real SMTP server (GreenMail): recipients, content, once only, failures recorded. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class LetterDeliveryIT {

  // Started before the Spring context, on a port of its own that survives a stop and start.
  static final int PORT = freePort();
  static final GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    smtp.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> PORT);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    // A context of its own: an engine of its own name, so it never takes the name "default" from the
    // shared demo context in Camunda's static engine registry (HTTP Basic there would check the
    // credentials against this context's engine); the webapps keep static state per JVM, so only the
    // shared context starts them.
    registry.add("camunda.bpm.process-engine-name", () -> "letterdelivery");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Autowired SendNotificationDelegate delegate;
  @Autowired ReferralIntake intake;
  @Autowired NotificationRepository notifications;
  @Autowired CareCaseRepository cases;
  @Autowired CaseRecordRepository entries;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired NotificationLog log;
  @Autowired LetterWriter writer;
  @Autowired org.carepath.referral.ReferralRepository referrals;

  @Test
  void shouldSendTheOutcomeToTheReferrerWithTheGpCopiedAndFileIt() throws Exception {
    // given
    String reference = register("referrer@hv.example", "gp@surgery.example");

    // when
    delegate.execute(step(reference, "outcome", "pi-1"));

    // then
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one delivery per recipient
    MimeMessage letter = received[0];
    assertThat(letter.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("referrer@hv.example");
    assertThat(letter.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo("gp@surgery.example");
    assertThat(letter.getSubject()).isEqualTo("Care co-ordination offered for Ffion Jones (" + reference + ")");
    assertThat((String) letter.getContent()).contains("will be offered care co-ordination");
    var careCase = cases.findByReference(reference).orElseThrow();
    assertThat(notifications.findByCareCaseOrderByCreatedAtAscIdAsc(careCase))
        .singleElement().satisfies(n -> {
          assertThat(n.getStatus()).isEqualTo(Notification.Status.SENT);
          assertThat(n.getAttempts()).isEqualTo(1);
        });
    assertThat(entries.findByCareCaseOrderByCreatedAtAscIdAsc(careCase))
        .extracting(e -> e.getTitle()).contains(letter.getSubject());
    // the same Message-ID at every attempt, derived from the stored letter
    assertThat(letter.getMessageID()).matches("<letter\\.\\d+\\.[0-9a-f]{16}@localhost>")
        .isEqualTo(notifications.findByCareCaseOrderByCreatedAtAscIdAsc(careCase).get(0).messageId("localhost"));
  }

  @Test
  void shouldNotCopyTheGpWhenTheGpReferred() throws Exception {
    String reference = register("gp@surgery.example", "gp@surgery.example");

    delegate.execute(step(reference, "not-eligible", "pi-2"));

    MimeMessage letter = smtp.getReceivedMessages()[0];
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(letter.getRecipients(Message.RecipientType.CC)).isNull();
  }

  @Test
  void shouldWriteToTheFamilyWhenTheyDeclined() throws Exception {
    String reference = register("referrer@hv.example", "gp@surgery.example");

    delegate.execute(step(reference, "declined", "pi-3"));

    MimeMessage letter = smtp.getReceivedMessages()[0];
    assertThat(letter.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("rhian@family.example");
    assertThat((String) letter.getContent()).contains("brought back");
  }

  @Test
  void shouldWriteInEnglishWhenOnlyProfessionalsReadTheLetterOfAFamilyWhoChoseWelsh() throws Exception {
    // given a family who asked for Welsh but gave no e-mail address: the letter goes to the referrer and GP only
    ReferralRequest request = request("referrer@hv.example", "gp@surgery.example");
    ReferralRequest welshNoEmail = new ReferralRequest(null, request.sector(), request.child(),
        new ReferralRequest.ParentCarer("Rhian Jones", "029 2000 0000", null), request.referrer(), request.gp(),
        request.developmentalNeeds(), false, false, java.util.List.of(), request.reason(),
        org.carepath.casefile.Language.WELSH);
    String reference = intake.register(welshNoEmail, "nina").getCareCase().getReference();

    // when
    delegate.execute(step(reference, "declined", "pi-6"));

    // then
    MimeMessage letter = smtp.getReceivedMessages()[0];
    assertThat(letter.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("referrer@hv.example");
    assertThat(letter.getSubject()).isEqualTo("Care co-ordination for Ffion Jones (" + reference + "): family declined");
    assertThat(letter.getHeader("Content-Language")).containsExactly("en-GB");
  }

  @Test
  void shouldNeverSendTheSameLetterTwiceWhenTheStepIsRetried() throws Exception {
    String reference = register("referrer@hv.example", "gp@surgery.example");
    DelegateExecution step = step(reference, "outcome", "pi-4");

    delegate.execute(step);
    delegate.execute(step); // the job ran again after a later failure in its transaction

    assertThat(smtp.getReceivedMessages()).hasSize(2); // To + Cc of ONE letter
  }

  @Test
  void shouldRecordAFailedAttemptWhenTheMailServerIsDown() throws Exception {
    String reference = register("referrer@hv.example", "gp@surgery.example");
    DelegateExecution step = step(reference, "outcome", "pi-5");
    smtp.stop();

    // the message becomes the incident's message in Cockpit when the retries run out
    assertThatThrownBy(() -> delegate.execute(step)).isInstanceOf(LetterNotSentException.class)
        .hasMessageStartingWith("Letter 'outcome' of case " + reference + " not sent (attempt 1)")
        .hasMessageContaining("Mail server: ").hasMessageNotContaining("Ffion");

    var careCase = cases.findByReference(reference).orElseThrow();
    assertThat(notifications.findByCareCaseOrderByCreatedAtAscIdAsc(careCase)).singleElement().satisfies(n -> {
      assertThat(n.getStatus()).isEqualTo(Notification.Status.FAILED);
      assertThat(n.getLastError()).isNotBlank();
    });
    smtp.start();
  }

  @Test
  void shouldEndAsAClearIncidentAndSendOnceWhenRetriedAfterTheMailServerIsBack() throws Exception {
    // given: the mail server is down when the team decides "not eligible"
    smtp.stop();
    String reference = intake.submit(request("referrer@hv.example", "gp@surgery.example"), "nina").reference();
    String processInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    tasks.complete(task(processInstance).getId(), Map.of("needsCount", 1, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", false));
    tasks.complete(task(processInstance).getId(), Map.of("decision", "NOT_ELIGIBLE"));

    // when the job executor's first attempt failed, and the last retry fails too
    Job letter = await().atMost(Duration.ofSeconds(30)).until(() -> letterJob(processInstance),
        job -> job != null && job.getExceptionMessage() != null);
    assertThat(letter.getRetries()).isEqualTo(4); // R5/PT10M: the next attempt waits ten minutes
    management.setJobRetries(letter.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(letter.getId())).hasMessageContaining("not sent");

    // then a service lead sees an incident that says which letter of which case, and why
    Incident incident = runtime.createIncidentQuery().processInstanceId(processInstance).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Activity_SendNotEligibleLetter");
    assertThat(incident.getIncidentMessage())
        .startsWith("Letter 'not-eligible' of case " + reference + " not sent (attempt 2)")
        .contains("Mail server: ").doesNotContain("Ffion");
    assertThat(tasks.createTaskQuery().processInstanceId(processInstance).count()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // when the mail server is back and the service lead retries the job (Cockpit: "Increment retries"),
    // which a team member may not do
    smtp.start();
    assertThatThrownBy(() -> as("nina", "iscan-north", () -> management.setJobRetries(letter.getId(), 1)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    as("lesley", "service-leads", () -> management.setJobRetries(letter.getId(), 1));
    management.executeJob(letter.getId());

    // then the letter went once, the incident is resolved and the case closed
    assertThat(smtp.getReceivedMessages()).hasSize(2); // To the referrer, Cc the GP
    assertThat(runtime.createIncidentQuery().processInstanceId(processInstance).count()).isZero();
    var careCase = cases.findByReference(reference).orElseThrow();
    assertThat(notifications.findByCareCaseOrderByCreatedAtAscIdAsc(careCase)).singleElement().satisfies(n -> {
      assertThat(n.getStatus()).isEqualTo(Notification.Status.SENT);
      assertThat(n.getAttempts()).isEqualTo(3);
    });
    await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByReference(reference).orElseThrow().getStatus(),
        status -> status == org.carepath.casefile.CareCase.Status.CLOSED);
  }

  private void as(String user, String group, Runnable call) {
    identity.setAuthentication(user, java.util.List.of(group));
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task task(String processInstance) {
    return tasks.createTaskQuery().processInstanceId(processInstance).singleResult();
  }

  @Test
  void shouldKeepEveryCompletionAndSendEachLetterOnceWhenTheMailServerIsDownForAWholeCase() throws Exception {
    // given: the mail server is down while the team offers care co-ordination
    smtp.stop();
    String reference = intake.submit(request("referrer@hv.example", "gp@surgery.example"), "nina").reference();
    String processInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    tasks.complete(task(processInstance).getId(), Map.of("needsCount", 3, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", false));
    tasks.complete(task("Activity_IscanDecision", processInstance).getId(),
        Map.of("decision", "CARE_COORDINATION", "allocatedWorker", "nina"));
    Job outcome = failedOnce(processInstance, "Activity_SendOutcomeLetter");

    // when the server is back, the outcome letter goes once and the family's call can be made
    smtp.start();
    retry(outcome);
    assertThat(smtp.getReceivedMessages()).hasSize(2); // To the referrer, Cc the GP
    smtp.stop();
    tasks.complete(task("Activity_OptInCall", processInstance).getId(), Map.of("familyResponse", "DECLINED"));
    Job declined = failedOnce(processInstance, "Activity_SendDeclinedLetter");
    smtp.start();
    retry(declined);

    // then: the completions all stood, each letter arrived once (GreenMail forgets on a stop: these are
    // the declined letter's three deliveries, family, Cc referrer and GP), and the case closed as declined
    assertThat(smtp.getReceivedMessages()).hasSize(3)
        .allSatisfy(message -> assertThat(message.getSubject()).contains("family declined"));
    await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByReference(reference).orElseThrow().getStatus(),
        status -> status == org.carepath.casefile.CareCase.Status.CLOSED);
    assertThat(notifications.findByCareCaseOrderByCreatedAtAscIdAsc(cases.findByReference(reference).orElseThrow()))
        .extracting(Notification::getStatus, Notification::getAttempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Notification.Status.SENT, 2),
            org.assertj.core.groups.Tuple.tuple(Notification.Status.SENT, 2));
    assertThat(runtime.createIncidentQuery().processInstanceId(processInstance).count()).isZero();
  }

  /** The job of a letter step once the job executor's first attempt has failed (the next waits ten minutes). */
  private Job failedOnce(String processInstance, String activityId) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery()
        .processInstanceId(processInstance).activityId(activityId).singleResult(),
        job -> job != null && job.getExceptionMessage() != null);
  }

  /** What a service lead's "retry" does, run now; then the step's job after the letter. */
  private void retry(Job letter) {
    management.setJobRetries(letter.getId(), 1);
    management.executeJob(letter.getId());
  }

  private Task task(String activityId, String processInstance) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(processInstance)
        .taskDefinitionKey(activityId).singleResult(), java.util.Objects::nonNull);
  }

  private Job letterJob(String processInstance) {
    return management.createJobQuery().processInstanceId(processInstance).activityId("Activity_SendNotEligibleLetter")
        .singleResult();
  }

  @Test
  void shouldStepBackWhileAnotherRunOfTheSameStepIsSendingTheLetter() throws Exception {
    // given: another run of this letter step (a job that outlived its lock on another node) holds the claim
    String reference = register("referrer@hv.example", "gp@surgery.example");
    var careCase = cases.findByReference(reference).orElseThrow();
    String key = "pi-lease/Activity_SendLetter/outcome";
    log.attempt(careCase, key, writer.write("outcome", reference, referrals.findByCareCase(careCase).orElseThrow()));

    // when this run comes to the same letter, it steps back without sending
    assertThatThrownBy(() -> delegate.execute(step(reference, "outcome", "pi-lease")))
        .isInstanceOf(LetterBeingSentException.class).hasMessageContaining("never sent twice");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // and once the other run has sent it, a retry finds it sent and sends nothing
    log.sent(key, "carepath");
    delegate.execute(step(reference, "outcome", "pi-lease"));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(notifications.findByIdempotencyKey(key).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
  }

  private String register(String referrerEmail, String gpEmail) {
    return intake.register(request(referrerEmail, gpEmail), "nina").getCareCase().getReference();
  }

  private static ReferralRequest request(String referrerEmail, String gpEmail) {
    return new ReferralRequest(null, "NORTH",
        new ReferralRequest.Child("Ffion", "Jones", java.time.LocalDate.of(2021, 3, 14), "9434765919", "CF10 1AA"),
        new ReferralRequest.ParentCarer("Rhian Jones", "029 2000 0000", "rhian@family.example"),
        new ReferralRequest.Referrer("Dr Owen Price", "Health visitor", "Cardiff HV team", referrerEmail),
        new ReferralRequest.Gp("Dr Siân Evans", "Roath Surgery", gpEmail),
        java.util.List.of("COMMUNICATION", "MOTOR"), false, false, java.util.List.of(), "Speech delay.", null);
  }

  private static DelegateExecution step(String reference, String template, String processInstanceId) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("caseReference")).thenReturn(reference);
    when(execution.getProcessBusinessKey()).thenReturn(reference);
    when(execution.getVariable("template")).thenReturn(template);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    when(execution.getCurrentActivityId()).thenReturn("Activity_SendLetter");
    return execution;
  }
}
