package org.carepath.personlink;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonLinkRepository extends JpaRepository<PersonLink, Long> {

  Optional<PersonLink> findByRequestKey(String requestKey);

  Optional<PersonLink> findByToken(String token);

  /** Uses the link unless it was used or has expired: 1 when this call used it, 0 otherwise. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("""
      update PersonLink l set l.usedAt = :at, l.version = l.version + 1
      where l.token = :token and l.purpose = :purpose and l.usedAt is null and l.expiresAt > :at""")
  int use(String token, PersonLink.Purpose purpose, Instant at);

  /** Counts a wrong proof; the one that reaches {@code max} uses the link up. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("""
      update PersonLink l set l.failedAttempts = l.failedAttempts + 1, l.version = l.version + 1,
        l.usedAt = case when l.failedAttempts + 1 >= :max then :at else l.usedAt end
      where l.token = :token and l.purpose = :purpose and l.usedAt is null""")
  int failed(String token, PersonLink.Purpose purpose, int max, Instant at);
}
