package org.carepath.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRecordRepository extends JpaRepository<CaseRecordEntry, Long> {

  List<CaseRecordEntry> findByCareCaseOrderByCreatedAtAscIdAsc(CareCase careCase);

  boolean existsByCareCaseAndTitle(CareCase careCase, String title);

  Optional<CaseRecordEntry> findFirstByCareCaseAndKindAndTitleStartingWithOrderByCreatedAtDescIdDesc(CareCase careCase,
      CaseRecordEntry.Kind kind, String titleStart);

  /** The entries of one kind and title on the files of these cases (a team learning review, say), oldest first. */
  List<CaseRecordEntry> findByCareCaseInAndKindAndTitleOrderByCreatedAtAscIdAsc(java.util.Collection<CareCase> cases,
      CaseRecordEntry.Kind kind, String title);
}
