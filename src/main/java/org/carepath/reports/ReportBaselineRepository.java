package org.carepath.reports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportBaselineRepository extends JpaRepository<ReportBaseline, Long> {

  Optional<ReportBaseline> findByScopeKey(String scopeKey);
}
