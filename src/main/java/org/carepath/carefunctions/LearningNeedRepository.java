package org.carepath.carefunctions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningNeedRepository extends JpaRepository<LearningNeed, Long> {

  List<LearningNeed> findAllByOrderByOrganisationAscRoleAscIdAsc();
}
