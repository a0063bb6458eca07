package org.carepath.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing without letting anyone lock a member of staff out (NCSC password guidance:
 * throttle rather than lock). Failures are counted per user name and client address: after {@code
 * freeFailures} wrong passwords that address waits 1 s before its next try for that user, then 2 s,
 * 4 s, ... up to {@code maxDelay}. Another address (the member of staff at
 * her own desk) is never slowed by an attacker's failures. Counts live in memory on each node, at most
 * 100,000 of them, each forgotten an hour after its last failure.
 */
final class SignInThrottle {

  private record Failures(int count, Instant blockedUntil) {}

  private final Cache<String, Failures> failures =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();
  private final int freeFailures;
  private final Duration maxDelay;
  private final Clock clock;

  SignInThrottle(int freeFailures, Duration maxDelay, Clock clock) {
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /** How long {@code key} must still wait before its next try; zero when it may try now. */
  Duration waitFor(String key) {
    Failures known = failures.getIfPresent(key);
    if (known == null || known.blockedUntil() == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), known.blockedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String key) {
    failures.asMap().compute(key, (k, known) -> {
      int count = known == null ? 1 : known.count() + 1;
      if (count <= freeFailures) {
        return new Failures(count, null);
      }
      long seconds = 1L << Math.min(count - freeFailures - 1, 30);
      Duration delay = Duration.ofSeconds(seconds).compareTo(maxDelay) > 0 ? maxDelay : Duration.ofSeconds(seconds);
      return new Failures(count, clock.instant().plus(delay));
    });
  }
}
