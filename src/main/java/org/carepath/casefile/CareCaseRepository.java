package org.carepath.casefile;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CareCaseRepository extends JpaRepository<CareCase, Long> {

  Optional<CareCase> findByReference(String reference);

  /** The case a process step works on: its absence is a fault of the model, not of the user. */
  default CareCase getByReference(String reference) {
    return findByReference(reference).orElseThrow(() -> new IllegalStateException("No case " + reference));
  }

  Optional<CareCase> findByExternalReference(String externalReference);

  long countByAllocatedWorkerAndStatus(String allocatedWorker, CareCase.Status status);

  /** A worker's caseload: the open cases allocated to them (a child's worker, an adult's lead worker). */
  java.util.List<CareCase> findByAllocatedWorkerAndStatusOrderByCreatedAtAsc(String allocatedWorker, CareCase.Status status);

  long countBySectorAndAllocatedWorkerIsNotNull(Sector sector);

  /** The cases of a pathway opened in a period: a report's cohort. */
  java.util.List<CareCase> findByPathwayAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(Pathway pathway,
      java.time.Instant from, java.time.Instant to);

  /** The cases of a pathway closed in a period. */
  java.util.List<CareCase> findByPathwayAndClosedAtGreaterThanEqualAndClosedAtLessThan(Pathway pathway,
      java.time.Instant from, java.time.Instant to);

  java.util.List<CareCase> findByPathway(Pathway pathway);

  /** The cases closed before this instant (the retention purge's candidates), oldest first. */
  java.util.List<CareCase> findByStatusAndClosedAtLessThanOrderByClosedAtAsc(CareCase.Status status, Instant before);

  @Query(value = "select nextval('case_reference_seq')", nativeQuery = true)
  long nextReferenceNumber();

  @Query(value = "select nextval('adult_reference_seq')", nativeQuery = true)
  long nextAdultReferenceNumber();
}
