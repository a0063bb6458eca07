package org.carepath.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carepath.casefile.CareCase;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the family and each professional for feedback when care co-ordination ends, and records their
 * answers. Each respondent gets a mail with a personal link {@code <public-url>/feedback/<token>};
 * the token (32 random bytes) is the link's only credential and works once.
 */
@Service
public class FeedbackRequests {

  /** What became of an answer. */
  enum Outcome { RECORDED, ALREADY_ANSWERED, UNKNOWN }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_KEY = 200;

  private final FeedbackRequestRepository requests;
  private final MailTemplates mailTemplates;
  private final Notifications notifications;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String publicUrl;

  FeedbackRequests(FeedbackRequestRepository requests, MailTemplates mailTemplates, Notifications notifications,
      PlatformTransactionManager transactions, Clock clock, @Value("${carepath.public-url}") String publicUrl) {
    this.requests = requests;
    this.mailTemplates = mailTemplates;
    this.notifications = notifications;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /**
   * Creates one request per respondent and mails its link, once: called again with the same prefix
   * (a retried process step) it makes no second request and sends no second mail. A respondent is
   * known by e-mail address, so the same address twice in one call is asked once. A mail failure
   * throws {@code LetterNotSentException}; the retry sends the same link.
   */
  public void request(CareCase careCase, List<Respondent> respondents, String idempotencyPrefix) {
    if (idempotencyPrefix == null || idempotencyPrefix.isBlank()) {
      throw new IllegalArgumentException("An idempotency prefix is required");
    }
    Set<String> asked = new HashSet<>();
    for (Respondent respondent : respondents) {
      String email = respondent.email().toLowerCase(Locale.ROOT);
      if (!asked.add(email)) {
        continue;
      }
      String key = key(idempotencyPrefix, email);
      // Committed before the mail goes: a retry must find the token its (possibly failed) mail carries.
      FeedbackRequest request = ownTransaction.execute(status -> requests.findByRequestKey(key)
          .orElseGet(() -> requests.save(new FeedbackRequest(careCase, key, newToken(), respondent, clock.instant()))));
      var letter = mailTemplates.render("feedback-request", Map.of(
          "reference", careCase.getReference(),
          "respondentName", request.getRespondentName(),
          "family", request.getRespondentRole() == Respondent.Role.FAMILY,
          "adult", careCase.isAdult(),
          "link", publicUrl + "/feedback/" + request.getToken()), List.of(request.getRespondentEmail()),
          request.language());
      notifications.sendOnce(careCase, key, letter, List.of(), "carepath");
    }
  }

  @Transactional(readOnly = true)
  Optional<FeedbackRequest> find(String token) {
    return requests.findByToken(token);
  }

  /** Records the answer once; a second answer never overwrites the first. */
  @Transactional
  Outcome answer(String token, int score, String comment) {
    if (requests.answer(token, score, comment, clock.instant()) == 1) {
      return Outcome.RECORDED;
    }
    return requests.findByToken(token).isPresent() ? Outcome.ALREADY_ANSWERED : Outcome.UNKNOWN;
  }

  /** The request's and its mail's idempotency key; a long address is shortened to its hash (keys hold 200). */
  static String key(String prefix, String email) {
    String key = prefix + "/feedback/" + email;
    if (key.length() > MAX_KEY) {
      key = prefix + "/feedback/sha256:" + HexFormat.of().formatHex(sha256(email));
    }
    if (key.length() > MAX_KEY) {
      throw new IllegalArgumentException("The idempotency prefix is too long: " + prefix);
    }
    return key;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 32 bytes of {@link SecureRandom}, URL-safe Base64 without padding: 43 characters. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
