package org.carepath.personlink;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties.Addressee;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single-use, expiring links for a person: {@code <public-url>/self-assessment/<token>} and
 * {@code <public-url>/my-record/<token>}. The token (32 random bytes) is the link's only credential.
 * A link is used once (an answer sent, a record opened) and never after it expires.
 */
@Service
public class PersonLinks {

  /** What became of an attempt to use a link: WRONG_PROOF when what the person had to show did not match. */
  public enum State {
    OPEN, USED, EXPIRED, UNKNOWN, WRONG_PROOF;

    /** How a page answers a link it cannot open: used 409, expired 410, unknown 404. */
    public HttpStatus closedStatus() {
      return switch (this) {
        case USED -> HttpStatus.CONFLICT;
        case EXPIRED -> HttpStatus.GONE;
        default -> HttpStatus.NOT_FOUND;
      };
    }
  }

  /** Wrong proofs (a record link's date of birth) that use a link up. */
  public static final int MAX_FAILED_ATTEMPTS = 5;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final PersonLinkRepository links;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String publicUrl;

  PersonLinks(PersonLinkRepository links, PlatformTransactionManager transactions, Clock clock,
      @Value("${carepath.public-url}") String publicUrl) {
    this.links = links;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /**
   * The link of this request key, made on first use and committed before any mail carries it: a
   * retried step finds the same link, so a retried mail sends the same address.
   */
  public PersonLink issue(CareCase careCase, PersonLink.Purpose purpose, Addressee to, Duration validity, String requestKey) {
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 200) {
      throw new IllegalArgumentException("A request key of at most 200 characters is required");
    }
    return ownTransaction.execute(status -> links.findByRequestKey(requestKey).orElseGet(() -> links.save(
        new PersonLink(careCase, purpose, requestKey, newToken(), to.name(), to.email(), clock.instant(),
            clock.instant().plus(validity)))));
  }

  /** The address the person opens. */
  public String url(PersonLink link) {
    return publicUrl + (link.getPurpose() == PersonLink.Purpose.RECORD ? "/my-record/" : "/self-assessment/")
        + link.getToken();
  }

  /** The link of this token and purpose, whatever its state. */
  @Transactional(readOnly = true)
  public Optional<PersonLink> find(String token, PersonLink.Purpose purpose) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return links.findByToken(token).filter(link -> link.getPurpose() == purpose);
  }

  /** Whether the link can still be used. */
  public State stateOf(Optional<PersonLink> link) {
    if (link.isEmpty()) {
      return State.UNKNOWN;
    }
    if (link.get().getUsedAt() != null) {
      return State.USED;
    }
    return link.get().getExpiresAt().isAfter(clock.instant()) ? State.OPEN : State.EXPIRED;
  }

  /**
   * Uses the link, in the caller's transaction (so what the use records commits with it): OPEN when
   * this call used it, otherwise why not. Two uses at once: one wins.
   */
  @Transactional
  public State use(String token, PersonLink.Purpose purpose) {
    Optional<PersonLink> link = find(token, purpose);
    State before = stateOf(link);
    if (before != State.OPEN) {
      return before;
    }
    return links.use(token, purpose, clock.instant()) == 1 ? State.OPEN : stateOf(find(token, purpose));
  }

  /**
   * Uses the link if {@code proof} holds for it (the person's date of birth); otherwise counts a wrong
   * proof, and the fifth uses the link up. In the caller's transaction.
   */
  @Transactional
  public State use(String token, PersonLink.Purpose purpose, java.util.function.Predicate<PersonLink> proof) {
    Optional<PersonLink> link = find(token, purpose);
    State before = stateOf(link);
    if (before != State.OPEN) {
      return before;
    }
    if (!proof.test(link.get())) {
      links.failed(token, purpose, MAX_FAILED_ATTEMPTS, clock.instant());
      State after = stateOf(find(token, purpose));
      return after == State.OPEN ? State.WRONG_PROOF : after;
    }
    return use(token, purpose);
  }

  /** 32 bytes of {@link SecureRandom}, URL-safe Base64 without padding: 43 characters. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
