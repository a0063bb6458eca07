package org.carepath.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

  Optional<FeedbackRequest> findByRequestKey(String requestKey);

  Optional<FeedbackRequest> findByToken(String token);

  List<FeedbackRequest> findByCareCaseOrderByIdAsc(CareCase careCase);

  /** Records the answer unless the request was answered already: 1 when recorded, 0 otherwise. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update FeedbackRequest f set f.score = :score, f.comment = :comment, f.answeredAt = :at,
        f.version = f.version + 1
      where f.token = :token and f.answeredAt is null""")
  int answer(String token, int score, String comment, Instant at);

  /** One row per sector and role: sector, role, requests, answers, sum of scores; children's cases only (adults have no sector). */
  @Query("""
      select c.sector, f.respondentRole, count(f), count(f.answeredAt), coalesce(sum(f.score), 0)
      from FeedbackRequest f join f.careCase c
      where f.createdAt >= :from and f.createdAt < :to and c.sector is not null
      group by c.sector, f.respondentRole""")
  List<Object[]> tally(Instant from, Instant to);

  /** Requests made in the period for these cases: requests, answers, sum of the scores. */
  @Query("""
      select count(f), count(f.answeredAt), coalesce(sum(f.score), 0) from FeedbackRequest f
      where f.careCase in :cases and f.createdAt >= :from and f.createdAt < :to""")
  List<Object[]> tallyOf(java.util.Collection<CareCase> cases, Instant from, Instant to);

  /** The answered requests with a comment, made in the period for these cases, oldest answer first. */
  @Query("""
      select f from FeedbackRequest f
      where f.careCase in :cases and f.createdAt >= :from and f.createdAt < :to and f.comment is not null
      order by f.answeredAt, f.id""")
  List<FeedbackRequest> commentedOf(java.util.Collection<CareCase> cases, Instant from, Instant to);
}
