package org.carepath.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseHandoffRepository extends JpaRepository<CaseHandoff, Long> {

  List<CaseHandoff> findByCareCaseOrderByHandedAtAscIdAsc(CareCase careCase);

  long countByCareCaseAndFromHolderIsNotNull(CareCase careCase);

  /** Handoffs (a change of holder, not the first allocation) of these cases. */
  long countByCareCaseInAndFromHolderIsNotNull(java.util.Collection<CareCase> cases);

  /** For each of these cases with at least one handoff: the case's reference and its number of handoffs. */
  @org.springframework.data.jpa.repository.Query("""
      select h.careCase.reference, count(h) from CaseHandoff h
      where h.careCase in :cases and h.fromHolder is not null group by h.careCase.reference""")
  List<Object[]> handoffsOf(java.util.Collection<CareCase> cases);
}
