package org.carepath.adultcontact;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdultEligibilityRepository extends JpaRepository<AdultEligibilityRecord, Long> {

  Optional<AdultEligibilityRecord> findByCareCase(CareCase careCase);
}
