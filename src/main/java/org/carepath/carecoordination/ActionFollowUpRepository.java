package org.carepath.carecoordination;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionFollowUpRepository extends JpaRepository<ActionFollowUp, Long> {

  Optional<ActionFollowUp> findByCareCaseAndActionKey(CareCase careCase, String actionKey);

  long countByCareCaseInAndEscalatedAtGreaterThanEqualAndEscalatedAtLessThan(java.util.Collection<CareCase> cases,
      java.time.Instant from, java.time.Instant to);
}
