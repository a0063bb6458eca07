package org.carepath.carefunctions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The function map (which organisation and role delivers which function of coordinating care), the
 * learning needs found, and the gaps: functions nobody delivers (Skills for Care guide, section 8:
 * "Are there any gaps in functions?").
 */
@Service
public class CareFunctions {

  /** Who delivers what: one organisation, or one role in it (role empty), and its functions in the guide's order. */
  public record MapEntry(String organisation, String role, List<CareFunction> functions) {}

  private final FunctionDeliveryRepository deliveries;
  private final LearningNeedRepository needs;
  private final CurrentStaff staff;
  private final Clock clock;

  CareFunctions(FunctionDeliveryRepository deliveries, LearningNeedRepository needs, CurrentStaff staff, Clock clock) {
    this.deliveries = deliveries;
    this.needs = needs;
    this.staff = staff;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<MapEntry> map() {
    Map<List<String>, Set<CareFunction>> grouped = new LinkedHashMap<>();
    for (FunctionDelivery delivery : deliveries.findAllByOrderByOrganisationAscRoleAsc()) {
      grouped.computeIfAbsent(List.of(delivery.getOrganisation(), delivery.getRole()), k -> EnumSet.noneOf(CareFunction.class))
          .add(delivery.getFunction());
    }
    List<MapEntry> map = new ArrayList<>();
    grouped.forEach((key, functions) -> map.add(new MapEntry(key.get(0), key.get(1), List.copyOf(functions))));
    return map;
  }

  /** Records exactly these functions for the organisation (or the role in it): an empty set removes it from the map. */
  @Transactional
  public MapEntry replace(String organisation, String role, Set<CareFunction> functions) {
    deliveries.deleteAll(deliveries.findByOrganisationAndRole(organisation, role));
    deliveries.flush();
    for (CareFunction function : new TreeSet<>(functions)) {
      deliveries.save(new FunctionDelivery(organisation, role, function, staff.userId(), clock.instant()));
    }
    return new MapEntry(organisation, role, List.copyOf(new TreeSet<>(functions)));
  }

  /** The functions no organisation or role delivers, in the guide's order. */
  @Transactional(readOnly = true)
  public List<CareFunction> gaps() {
    Set<CareFunction> delivered = EnumSet.noneOf(CareFunction.class);
    deliveries.findAll().forEach(delivery -> delivered.add(delivery.getFunction()));
    return Arrays.stream(CareFunction.values()).filter(function -> !delivered.contains(function)).toList();
  }

  @Transactional
  LearningNeed addNeed(String organisation, String role, CareFunction function, String need, String activity, String comment) {
    return needs.save(new LearningNeed(organisation, role, function, need, activity, comment, staff.userId(), clock.instant()));
  }

  @Transactional(readOnly = true)
  List<LearningNeed> needs() {
    return needs.findAllByOrderByOrganisationAscRoleAscIdAsc();
  }
}
