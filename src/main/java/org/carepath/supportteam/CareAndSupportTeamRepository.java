package org.carepath.supportteam;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CareAndSupportTeamRepository extends JpaRepository<CareAndSupportTeam, String> {

  List<CareAndSupportTeam> findAllByOrderByIdAsc();

  /** The team that owns a GP practice, if any: the one care and support team of that practice's people. */
  @Query("select t from CareAndSupportTeam t join t.gpPractices p where p = :practiceCode")
  Optional<CareAndSupportTeam> findByPractice(String practiceCode);
}
