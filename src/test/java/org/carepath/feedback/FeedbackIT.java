package org.carepath.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.Language;
import org.carepath.referral.ReferralIntake;
import org.carepath.referral.ReferralRequest;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Feedback at discharge through a real SMTP server (GreenMail) and the real web pages: the mailed link
 * records one answer, unknown links reveal nothing, and service leads read the figures per sector.
 * Only the report test uses the WEST sector, so its figures are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class FeedbackIT {

  static final String PUBLIC_URL = "https://carepath.example.org";
  static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/feedback/[A-Za-z0-9_-]{43})\\b");

  // Started before the Spring context, as in LetterDeliveryIT.
  static final int PORT = freePort();
  static final GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    smtp.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> PORT);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("carepath.public-url", () -> PUBLIC_URL + "/");
    // This context runs beside the shared web context of the other ITs: an engine of its own name, so
    // neither HTTP Basic filter finds the other's engine, and no webapps (they keep static state per JVM).
    registry.add("camunda.bpm.process-engine-name", () -> "feedback");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @LocalServerPort int port;
  @Autowired FeedbackRequests feedback;
  @Autowired FeedbackRequestRepository requests;
  @Autowired ReferralIntake intake;
  @Autowired ObjectMapper json;

  @Test
  void shouldMailEachRespondentALinkThatRecordsOneAnswer() throws Exception {
    // given
    CareCase careCase = careCase("NORTH");

    // when
    feedback.request(careCase, List.of(family(), professional()), "pi-a/Activity_RequestFeedback");

    // then each gets their own mail and link
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder("rhian@family.example", "owen.price@hv.example");
    assertThat(mails[0].getSubject()).isEqualTo("How did care co-ordination go? (" + careCase.getReference() + ")");
    String toFamily = link(mails, "rhian@family.example");
    assertThat(toFamily).isNotEqualTo(link(mails, "owen.price@hv.example"));

    // when the family opens the link
    var form = web().get(toFamily);

    // then the page shows the reference and nothing else of the case
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains(careCase.getReference(), "type=\"radio\"", "name=\"score\"", "value=\"5\"",
        "5 - Very good", "<textarea", "<button type=\"submit\"")
        .doesNotContain("Ffion", "Jones", "rhian@", "Speech delay", "<script");
    assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

    // when they answer
    var thanks = post(toFamily, "score=4&comment=" + encode("Very helpful, thank you."));

    // then it is stored against the case
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body()).contains("Thank you", "4 - Good", "Very helpful, thank you.");
    FeedbackRequest stored = stored(toFamily);
    assertThat(stored.getCareCase().getReference()).isEqualTo(careCase.getReference());
    assertThat(stored.getRespondentRole()).isEqualTo(Respondent.Role.FAMILY);
    assertThat(stored.getScore()).isEqualTo(4);
    assertThat(stored.getComment()).isEqualTo("Very helpful, thank you.");
    assertThat(stored.getAnsweredAt()).isNotNull();

    // and a second answer is refused and overwrites nothing
    var again = post(toFamily, "score=1&comment=changed");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already been given").doesNotContain("Very helpful");
    assertThat(web().get(toFamily).statusCode()).isEqualTo(409);
    assertThat(stored(toFamily).getScore()).isEqualTo(4);
    assertThat(stored(toFamily).getComment()).isEqualTo("Very helpful, thank you.");
  }

  @Test
  void shouldAskAFamilyWhoChoseWelshInWelshAndTheProfessionalInEnglish() throws Exception {
    // given a family who asked for letters in Welsh
    CareCase careCase = intake.register(referral("SOUTH", Language.WELSH), "nina").getCareCase();

    // when
    feedback.request(careCase, List.of(family(), professional()), "pi-w/Activity_RequestFeedback");

    // then the family's mail is in Welsh, the professional's in English, each saying so in its headers
    MimeMessage toFamily = mail(smtp.getReceivedMessages(), "rhian@family.example");
    MimeMessage toProfessional = mail(smtp.getReceivedMessages(), "owen.price@hv.example");
    assertThat(toFamily.getSubject()).isEqualTo("Sut aeth cydgysylltu gofal? (" + careCase.getReference() + ")");
    assertThat(toFamily.getHeader("Content-Language")).containsExactly("cy");
    assertThat(toFamily.getContent().toString()).contains("<html lang=\"cy\">", "Annwyl Rhian Jones,",
        "Mae cydgysylltu gofal i&#39;ch plentyn bellach wedi dod i ben.", "Diolch,")
        .doesNotContain("Dear", "Thank you");
    assertThat(toProfessional.getSubject()).isEqualTo("How did care co-ordination go? (" + careCase.getReference() + ")");
    assertThat(toProfessional.getHeader("Content-Language")).containsExactly("en-GB");

    // when the family opens the link, then the page is in Welsh with a link to the English
    String link = link(toFamily);
    var welsh = web().get(link);
    assertThat(welsh.statusCode()).isEqualTo(200);
    assertThat(welsh.headers().firstValue("Content-Language")).hasValue("cy");
    assertThat(welsh.body()).contains("<html lang=\"cy\">", "Sut aeth cydgysylltu gofal?", "5 - Da iawn", "1 - Gwael iawn",
        "Anfon adborth", "href=\"?lang=en\"", ">English</a>").doesNotContain("Very good", "Send feedback");
    var english = web().get(link + "?lang=en");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en-GB");
    assertThat(english.body()).contains("<html lang=\"en-GB\">", "How did care co-ordination go?", "5 - Very good",
        ">Cymraeg</a>");

    // a wrong answer is explained in Welsh, the answer thanked in Welsh
    var refused = post(link, "score=9&lang=cy");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Gwiriwch eich ateb", "Dewiswch sgôr o 1 (gwael iawn) i 5 (da iawn).");
    var thanks = post(link, "score=5&lang=cy");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body()).contains("Diolch am eich adborth", "Rydym wedi cofnodi eich sgôr: 5 - Da iawn.");
    assertThat(stored(link).getScore()).isEqualTo(5);

    // and the professional's page opens in English
    assertThat(web().get(link(toProfessional)).body()).contains("<html lang=\"en-GB\">",
        "Overall, how well did care co-ordination work for this case?");
  }

  @Test
  void shouldAnswerAnUnknownLinkWithAPlainNotFound() {
    String unknown = "/feedback/" + FeedbackRequests.newToken();

    var get = web().get(unknown);
    var postUnknown = post(unknown, "score=5");
    var malformed = web().get("/feedback/not-a-token");

    assertThat(get.statusCode()).isEqualTo(404);
    assertThat(get.body()).contains("Page not found").doesNotContain("ISC-", "score");
    assertThat(postUnknown.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(404);
  }

  @Test
  void shouldRefuseAScoreOutsideOneToFiveOrALongCommentAndSayWhatToFix() throws Exception {
    // given
    CareCase careCase = careCase("SOUTH");
    feedback.request(careCase, List.of(family()), "pi-b/Activity_RequestFeedback");
    String link = link(smtp.getReceivedMessages(), "rhian@family.example");

    // when / then
    for (String body : List.of("score=6", "score=0", "score=abc", "comment=no+score", "score=")) {
      var refused = post(link, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(refused.body()).as(body).contains("Choose a score from 1 (very poor) to 5 (very good).");
    }
    var tooLong = post(link, "score=3&comment=" + "a".repeat(2001));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Shorten your comment to 2000 characters or fewer (it has 2001).")
        .contains("value=\"3\" checked");
    assertThat(stored(link).isAnswered()).isFalse();

    // and a corrected answer is taken, at the limit of 2000 characters
    var taken = post(link, "score=3&comment=" + "a".repeat(2000));
    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(stored(link).getComment()).hasSize(2000);
  }

  @Test
  void shouldSendNoSecondRequestWhenTheStepIsRetried() throws Exception {
    // given
    CareCase careCase = careCase("NORTH");
    List<Respondent> respondents = List.of(family(), professional(),
        new Respondent(Respondent.Role.PROFESSIONAL, "Owen again", "Owen.Price@hv.example"));

    // when the step runs twice
    feedback.request(careCase, respondents, "pi-c/Activity_RequestFeedback");
    feedback.request(careCase, respondents, "pi-c/Activity_RequestFeedback");

    // then one request and one mail per person
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(requests.findByCareCaseOrderByIdAsc(careCase)).hasSize(2);
  }

  @Test
  void shouldStoreHtmlInACommentLiterallyAndShowItEscaped() throws Exception {
    // given
    CareCase careCase = careCase("SOUTH");
    feedback.request(careCase, List.of(professional()), "pi-d/Activity_RequestFeedback");
    String link = link(smtp.getReceivedMessages(), "owen.price@hv.example");
    String comment = "<script>alert('x')</script> & <b>bold</b>";

    // when shown again after a mistake, and when taken
    var refused = post(link, "score=9&comment=" + encode(comment));
    var thanks = post(link, "score=5&comment=" + encode(comment));

    // then
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(thanks.statusCode()).isEqualTo(200);
    for (var page : List.of(refused, thanks)) {
      assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
          .doesNotContain("<script>", "<b>bold");
    }
    assertThat(stored(link).getComment()).isEqualTo(comment);
  }

  @Test
  void shouldReportFeedbackPerSectorToServiceLeadsOnly() throws Exception {
    // given two WEST cases: family 5 and professional 2; family 4 and a professional who did not answer
    CareCase first = careCase("WEST");
    CareCase second = careCase("WEST");
    feedback.request(first, List.of(family(), professional()), "pi-e/Activity_RequestFeedback");
    feedback.request(second, List.of(family(), professional()), "pi-f/Activity_RequestFeedback");
    assertThat(post(path(first, Respondent.Role.FAMILY), "score=5").statusCode()).isEqualTo(200);
    assertThat(post(path(first, Respondent.Role.PROFESSIONAL), "score=2").statusCode()).isEqualTo(200);
    assertThat(post(path(second, Respondent.Role.FAMILY), "score=4").statusCode()).isEqualTo(200);

    // when
    var response = web().as("lesley", "demo").get("/api/reports/feedback");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode west = sector(json.readTree(response.body()), "WEST");
    assertThat(west.get("requestsSent").asLong()).isEqualTo(4);
    assertThat(west.get("answers").asLong()).isEqualTo(3);
    assertThat(west.get("responseRatePercent").decimalValue()).isEqualByComparingTo("75.0");
    assertThat(west.get("averageScore").decimalValue()).isEqualByComparingTo("3.7"); // 11 / 3
    assertThat(west.at("/family/averageScore").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(west.at("/family/responseRatePercent").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(west.at("/professional/averageScore").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(west.at("/professional/responseRatePercent").decimalValue()).isEqualByComparingTo("50.0");

    // and the dates bound the day a request was made
    String dayAfterTomorrow = LocalDate.now().plusDays(2).toString();
    JsonNode later = json.readTree(web().as("lesley", "demo").get("/api/reports/feedback?from=" + dayAfterTomorrow).body());
    assertThat(sector(later, "WEST").get("requestsSent").asLong()).isZero();
    assertThat(sector(later, "WEST").get("averageScore").isNull()).isTrue();
    assertThat(web().as("lesley", "demo").get("/api/reports/feedback?from=yesterday").statusCode()).isEqualTo(400);

    // and nobody else reads it
    assertThat(web().as("nina", "demo").get("/api/reports/feedback").statusCode()).isEqualTo(403);
    assertThat(web().get("/api/reports/feedback").statusCode()).isEqualTo(401);
  }

  private static JsonNode sector(JsonNode report, String sector) {
    for (JsonNode node : report.get("sectors")) {
      if (node.get("sector").asText().equals(sector)) {
        return node;
      }
    }
    throw new AssertionError("No sector " + sector + " in " + report);
  }

  private HttpProbe web() {
    return HttpProbe.local(port);
  }

  private HttpResponse<String> post(String path, String form) {
    return web().send(web().request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The link path of the case's request to the respondent of this role. */
  private String path(CareCase careCase, Respondent.Role role) {
    return requests.findByCareCaseOrderByIdAsc(careCase).stream().filter(r -> r.getRespondentRole() == role)
        .map(r -> "/feedback/" + r.getToken()).findFirst().orElseThrow();
  }

  private FeedbackRequest stored(String path) {
    return requests.findByToken(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
  }

  private static MimeMessage mail(MimeMessage[] mails, String to) throws Exception {
    for (MimeMessage mail : mails) {
      if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
        return mail;
      }
    }
    throw new AssertionError("No mail to " + to);
  }

  /** The path of the feedback link in the mail to this address. */
  private static String link(MimeMessage[] mails, String to) throws Exception {
    for (MimeMessage mail : mails) {
      if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
        return link(mail);
      }
    }
    throw new AssertionError("No mail to " + to);
  }

  private static String link(MimeMessage mail) throws Exception {
    // the text as a mail client shows it (a letter with Welsh or a middle dot goes quoted-printable)
    Matcher matcher = LINK.matcher(mail.getContent().toString());
    assertThat(matcher.find()).as("a link in the mail").isTrue();
    return matcher.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private CareCase careCase(String sector) {
    return intake.register(referral(sector), "nina").getCareCase();
  }

  private static Respondent family() {
    return new Respondent(Respondent.Role.FAMILY, "Rhian Jones", "rhian@family.example");
  }

  private static Respondent professional() {
    return new Respondent(Respondent.Role.PROFESSIONAL, "Dr Owen Price", "owen.price@hv.example");
  }

  private static ReferralRequest referral(String sector) {
    return referral(sector, null);
  }

  private static ReferralRequest referral(String sector, Language language) {
    return new ReferralRequest(null, sector,
        new ReferralRequest.Child("Ffion", "Jones", LocalDate.of(2021, 3, 14), "9434765919", "CF10 1AA"),
        new ReferralRequest.ParentCarer("Rhian Jones", "029 2000 0000", "rhian@family.example"),
        new ReferralRequest.Referrer("Dr Owen Price", "Health visitor", "Cardiff HV team", "owen.price@hv.example"),
        new ReferralRequest.Gp("Dr Siân Evans", "Roath Surgery", "gp@roath.example"),
        List.of("COMMUNICATION", "MOTOR"), false, false, List.of(), "Speech delay.", language);
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
