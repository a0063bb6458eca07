package org.carepath.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseHandoffRepository extends JpaRepository<CaseHandoff, Long> {

  List<CaseHandoff> findByCareCaseOrderByHandedAtAscIdAsc(CareCase careCase);

  long countByCareCaseAndFromHolderIsNotNull(CareCase careCase);

  /** Handoffs (a change of holder, not the first allocation) of these cases. */
  long countByCareCaseInAndFromHolderIsNotNull(java.util.Collection<CareCase> cases);
}
