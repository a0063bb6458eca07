package org.carepath.careplan;

import java.util.List;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

  /** The case's draft if it has one (a draft is numbered above every agreed version), else its latest agreed. */
  Optional<CarePlan> findFirstByCareCaseReferenceOrderByPlanVersionDesc(String reference);

  Optional<CarePlan> findByCareCaseAndStatus(CareCase careCase, CarePlan.Status status);

  Optional<CarePlan> findFirstByCareCaseReferenceAndStatusOrderByPlanVersionDesc(String reference,
      CarePlan.Status status);

  Optional<CarePlan> findByCareCaseReferenceAndPlanVersionAndStatus(String reference, int planVersion,
      CarePlan.Status status);

  List<CarePlan> findByCareCaseReferenceAndStatusOrderByPlanVersionAsc(String reference, CarePlan.Status status);

  @Query("select coalesce(max(p.planVersion), 0) from CarePlan p where p.careCase = ?1 and p.status = ?2")
  int highestVersion(CareCase careCase, CarePlan.Status status);
}
