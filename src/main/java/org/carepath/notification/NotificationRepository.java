package org.carepath.notification;

import java.util.List;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  List<Notification> findByCareCaseOrderByCreatedAtAscIdAsc(CareCase careCase);

  /** How many letters are in each state, for the operations metrics. */
  @org.springframework.data.jpa.repository.Query("select n.status, count(n) from Notification n group by n.status")
  List<Object[]> countByStatus();

  /** Letters of these cases made in a period: state, how many, and how many of them took more than one attempt. */
  @org.springframework.data.jpa.repository.Query("select n.status, count(n), sum(case when n.attempts > 1 then 1 else 0 end) "
      + "from Notification n where n.careCase in :cases and n.createdAt >= :from and n.createdAt < :to group by n.status")
  List<Object[]> tallyOf(@org.springframework.data.repository.query.Param("cases") java.util.Collection<CareCase> cases,
      @org.springframework.data.repository.query.Param("from") java.time.Instant from,
      @org.springframework.data.repository.query.Param("to") java.time.Instant to);

  /** The latest letters of every case, newest first (the demo's outbox). */
  List<Notification> findTop200ByOrderByCreatedAtDescIdDesc();
}
