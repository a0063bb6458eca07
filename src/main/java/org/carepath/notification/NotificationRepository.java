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

  /** The latest letters of every case, newest first (the demo's outbox). */
  List<Notification> findTop200ByOrderByCreatedAtDescIdDesc();
}
