package org.carepath.consent;

import java.util.List;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyConsentRepository extends JpaRepository<AgencyConsent, Long> {

  /** Every record of the case, oldest first: its history of consent. */
  List<AgencyConsent> findByCareCaseOrderByIdAsc(CareCase careCase);
}
