package org.carepath.familyfile;

import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyFileRepository extends JpaRepository<FamilyFile, Long> {

  Optional<FamilyFile> findByCareCase(CareCase careCase);
}
