package org.carepath.adultcontact;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdultContactRepository extends JpaRepository<AdultContact, Long> {

  Optional<AdultContact> findByCareCase(CareCase careCase);

  java.util.List<AdultContact> findByCareCaseIn(java.util.Collection<CareCase> cases);
}
