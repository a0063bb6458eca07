package org.carepath.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRecordRepository extends JpaRepository<CaseRecordEntry, Long> {

  List<CaseRecordEntry> findByCareCaseOrderByCreatedAtAscIdAsc(CareCase careCase);

  boolean existsByCareCaseAndTitle(CareCase careCase, String title);
}
