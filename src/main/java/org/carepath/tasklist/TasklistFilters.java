package org.carepath.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.carepath.casefile.Sector;
import org.carepath.identity.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created (or brought up to date) at every start: each sector's
 * meeting queue (its team's screening, decision and learning tasks), "My team's queue" (adults:
 * the tasks of the signed-in member's own teams), "My cases" (every task of the cases allocated to
 * the signed-in worker, for everyone) and "Calls due" (their opt-in calls). Each filter
 * is readable only by the groups it is meant for; the task authorizations still decide which
 * tasks appear, so a filter never shows another sector's work.
 *
 * <p>No filter needs a process-variable condition: candidate group, assignee and task key keep the
 * queues fast at tens of thousands of open tasks (see docs/operations.md).
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

  static final String MY_CASES = "My cases";
  static final String TEAM_QUEUE = "My team's queue";
  static final String CALLS_DUE = "Calls due";
  static final String OPT_IN_CALL = "Activity_OptInCall";

  /** Shown next to each task in the list: the case and the child or adult. */
  static final List<Map<String, String>> LIST_VARIABLES = List.of(
      Map.of("name", "caseReference", "label", "Case"),
      Map.of("name", "childName", "label", "Child"),
      Map.of("name", "personName", "label", "Person"));

  private ProcessEngine engine;

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    this.engine = engine;
    new Setup(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService()).run();
  }

  /** A care and support team (created at run time) gets its queue and "My cases". */
  public void openToTeam(String group) {
    Setup setup = new Setup(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    for (String name : List.of(TEAM_QUEUE, MY_CASES)) {
      engine.getFilterService().createFilterQuery().filterName(name).list().stream()
          .filter(shared -> shared.getOwner() == null)
          .forEach(filter -> setup.allowRead(group, filter.getId()));
    }
  }

  /** Queue title of a sector, e.g. "North ISCAN meeting queue". */
  static String meetingQueue(Sector sector) {
    String name = sector.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT) + " ISCAN meeting queue";
  }

  private record Setup(FilterService filters, TaskService tasks, AuthorizationService authorizations) {

    void run() {
      int priority = 0;
      for (Sector sector : Sector.values()) {
        save(meetingQueue(sector), priority++,
            "Screening, team decisions and learning reviews of the " + sector.team() + " team, soonest due first",
            tasks.createTaskQuery().taskCandidateGroup(sector.team()).includeAssignedTasks()
                .orderByDueDate().asc(),
            List.of(sector.team()));
      }
      // adults: one queue for every team (contact centre, care and support teams, complex needs,
      // safeguarding): the tasks of the signed-in member's own groups, whichever team that is
      save(TEAM_QUEUE, priority++, "Contacts, triage, transfers and enquiries for my team, soonest due first",
          tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
              .orderByDueDate().asc(),
          StaffGroups.ADULT_TEAMS);
      List<String> everyTeam = new ArrayList<>(StaffGroups.SECTOR_TEAMS);
      everyTeam.addAll(StaffGroups.ADULT_TEAMS);
      save(MY_CASES, priority++, "Every task of the cases allocated to me, soonest due first",
          tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
          everyTeam);
      save(CALLS_DUE, priority, "Opt-in calls to families of my cases, soonest due first",
          tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").taskDefinitionKey(OPT_IN_CALL)
              .orderByDueDate().asc(),
          StaffGroups.SECTOR_TEAMS);
    }

    private void save(String name, int priority, String description, TaskQuery query, List<String> readers) {
      Filter filter = filters.createFilterQuery().filterName(name).list().stream()
          .filter(shared -> shared.getOwner() == null).findFirst().orElseGet(filters::newTaskFilter);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", new ArrayList<>(LIST_VARIABLES));
      filter.setName(name);
      filter.setQuery(query);
      filter.setProperties(properties);
      filters.saveFilter(filter);
      readers.forEach(group -> allowRead(group, filter.getId()));
    }

    private void allowRead(String group, String filterId) {
      boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(FILTER)
          .resourceId(filterId).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(FILTER);
        read.setResourceId(filterId);
        read.addPermission(READ);
        authorizations.saveAuthorization(read);
      }
    }
  }
}
