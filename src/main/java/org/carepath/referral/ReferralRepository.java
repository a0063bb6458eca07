package org.carepath.referral;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  Optional<Referral> findByCareCase(CareCase careCase);

  Optional<Referral> findByCareCaseReference(String reference);
}
