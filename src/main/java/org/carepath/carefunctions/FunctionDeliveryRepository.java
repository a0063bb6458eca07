package org.carepath.carefunctions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FunctionDeliveryRepository extends JpaRepository<FunctionDelivery, Long> {

  List<FunctionDelivery> findByOrganisationAndRole(String organisation, String role);

  List<FunctionDelivery> findAllByOrderByOrganisationAscRoleAsc();
}
