package org.carepath.referral;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  Optional<Referral> findByCareCase(CareCase careCase);

  java.util.List<Referral> findByCareCaseIn(java.util.Collection<CareCase> cases);

  Optional<Referral> findByCareCaseReference(String reference);
}
