package org.carepath.decision;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each worker's open cases against their capacity: there is no waiting list. */
@Service
public class Caseloads {

  private final CareCaseRepository cases;
  private final CapacityProperties capacity;
  private final IdentityService identity;

  private final org.carepath.system.EngineAsSystem engine;

  Caseloads(CareCaseRepository cases, CapacityProperties capacity, IdentityService identity,
      org.carepath.system.EngineAsSystem engine) {
    this.engine = engine;
    this.cases = cases;
    this.capacity = capacity;
    this.identity = identity;
  }

  /** A worker's open cases against their capacity. */
  public record Caseload(String worker, String name, long open, int capacity) {
    public boolean full() {
      return open >= capacity;
    }
  }

  @Transactional(readOnly = true)
  Caseload of(String worker) {
    User user = identity.createUserQuery().userId(worker).singleResult();
    String name = user == null ? worker : user.getFirstName() + " " + user.getLastName();
    return new Caseload(worker, name, cases.countByAllocatedWorkerAndStatus(worker, CareCase.Status.OPEN), capacity.of(worker));
  }

  /** The members of a team, each with their caseload, for the staff's caseload page. */
  @Transactional(readOnly = true)
  public List<Caseload> ofTeam(String team) {
    return engine.call(() -> identity.createUserQuery().memberOfGroup(team).orderByUserId().asc().list().stream()
        .map(u -> of(u.getId())).toList());
  }

  /** The members of a sector team, each with their caseload, as one line per worker. */
  @Transactional(readOnly = true)
  String summary(String sectorTeam) {
    List<User> members = identity.createUserQuery().memberOfGroup(sectorTeam).orderByUserId().asc().list();
    if (members.isEmpty()) {
      return "No workers in " + sectorTeam;
    }
    return members.stream().map(u -> of(u.getId()))
        .map(c -> String.format("%s (%s): %d of %d open cases%s", c.name(), c.worker(), c.open(), c.capacity(),
            c.full() ? " - FULL" : ""))
        .collect(Collectors.joining("\n"));
  }

  /**
   * The members of a sector team for the decision form's select, as {@code id=label} pairs joined by
   * {@code ;} (a form reads text variables only; the form's FEEL splits them): "Noah North (noah), 2 of
   * 12 open cases". Separators in a name are replaced, so a name cannot add an option.
   */
  @Transactional(readOnly = true)
  String choices(String sectorTeam) {
    return identity.createUserQuery().memberOfGroup(sectorTeam).orderByUserId().asc().list().stream()
        .map(u -> of(u.getId()))
        .map(c -> c.worker() + "=" + (String.format("%s (%s), %d of %d open cases%s", c.name(), c.worker(), c.open(),
            c.capacity(), c.full() ? ", full" : "")).replaceAll("[;=]", " "))
        .collect(Collectors.joining(";"));
  }

  boolean isMember(String worker, String sectorTeam) {
    return identity.createUserQuery().userId(worker).memberOfGroup(sectorTeam).count() > 0;
  }
}
