package org.carepath.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseHandoffRepository extends JpaRepository<CaseHandoff, Long> {

  List<CaseHandoff> findByCareCaseOrderByHandedAtAscIdAsc(CareCase careCase);

  long countByCareCaseAndFromHolderIsNotNull(CareCase careCase);
}
