package org.carepath.signposting;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignpostingRepository extends JpaRepository<Signposting, Long> {

  Optional<Signposting> findByCareCase(CareCase careCase);
}
