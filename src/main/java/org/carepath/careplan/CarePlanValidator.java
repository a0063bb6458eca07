package org.carepath.careplan;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carepath.api.InvalidFieldsException;
import org.carepath.directory.LocalServices;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.casefile.Sector;
import org.springframework.stereotype.Component;

/**
 * Checks a care plan before it is stored: the request's own constraints, then the rules between
 * fields: agencies named once, every action's agency and the lead agency among them, an e-mail for
 * each agency the plan is shared with, a review date from the plan date to 6 months after it, and a
 * case manager from the case's sector team. Names are compared without surrounding spaces.
 */
@Component
class CarePlanValidator {

  private final Validator validator;
  private final SectorTeams teams;
  private final LocalServices directory;

  CarePlanValidator(Validator validator, SectorTeams teams, LocalServices directory) {
    this.validator = validator;
    this.teams = teams;
    this.directory = directory;
  }

  /** Throws {@link InvalidFieldsException} naming every offending field. */
  void check(CarePlanRequest plan, Sector sector, LocalDate planDate) {
    List<Field> problems = common(plan, planDate, ReviewInterval.CHILD);
    if (plan.personalBudget() != null) {
      problems.add(new Field("personalBudget", "only an adult's support plan carries a personal budget"));
    }
    if (!isBlank(plan.caseManager()) && plan.caseManager().length() <= 64
        && !teams.isMember(plan.caseManager().strip(), sector)) {
      problems.add(new Field("caseManager", "must be a member of " + sector.team()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }

  /**
   * An adult's support plan: the lead worker (caseManager) from the team holding the case, a review
   * at most 12 months ahead, and a personal budget whose amount differs from the indicative one only
   * with a rationale.
   */
  void checkAdult(CarePlanRequest plan, String team, java.math.BigDecimal indicative, LocalDate planDate) {
    List<Field> problems = common(plan, planDate, ReviewInterval.ADULT);
    if (!isBlank(plan.caseManager()) && plan.caseManager().length() <= 64 && !teams.isMemberOfGroup(plan.caseManager().strip(), team)) {
      problems.add(new Field("caseManager", "must be a member of " + team + " (the lead worker)"));
    }
    var budget = plan.personalBudget();
    if (budget == null) {
      problems.add(new Field("personalBudget", "an adult's support plan carries the personal budget agreed"));
    } else if (budget.weeklyAmount() != null && indicative != null && budget.weeklyAmount().compareTo(indicative) != 0
        && (budget.rationale() == null || budget.rationale().replaceAll("[\\p{Cf}\\p{Z}\\s\\p{P}]", "").length() < 3)) {
      problems.add(new Field("personalBudget.rationale", "say why the weekly amount differs from the indicative "
          + indicative + " of the resource allocation system"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }

  private List<Field> common(CarePlanRequest plan, LocalDate planDate, ReviewInterval reviewInterval) {
    List<Field> problems = new ArrayList<>();
    validator.validate(plan).forEach(v -> problems.add(new Field(path(v.getPropertyPath()), v.getMessage())));
    Set<String> agencies = agencyNames(plan, problems);
    checkAgency(plan.leadAgency(), "leadAgency", agencies, problems);
    if (plan.actions() != null) {
      for (int i = 0; i < plan.actions().size(); i++) {
        var action = plan.actions().get(i);
        if (action != null) {
          checkAgency(action.agency(), "actions[" + i + "].agency", agencies, problems);
          // a service retired since the action named it stays named: re-saving a plan never fails on it
          if (action.serviceId() != null && directory.byId(action.serviceId()).isEmpty()) {
            problems.add(new Field("actions[" + i + "].serviceId", "no service " + action.serviceId() + " in the directory"));
          }
        }
      }
    }
    checkReviewDate(plan.reviewDate(), planDate, reviewInterval, problems);
    return problems;
  }

  private static Set<String> agencyNames(CarePlanRequest plan, List<Field> problems) {
    Set<String> names = new HashSet<>();
    Set<String> folded = new HashSet<>();
    if (plan.agencies() == null) {
      return names;
    }
    for (int i = 0; i < plan.agencies().size(); i++) {
      var agency = plan.agencies().get(i);
      if (agency == null || isBlank(agency.name())) {
        continue;
      }
      names.add(agency.name().strip());
      if (!folded.add(agency.name().strip().toLowerCase(Locale.ROOT))) {
        problems.add(new Field("agencies[" + i + "].name", "names an agency already in the plan"));
      }
      if (Boolean.TRUE.equals(agency.consentToShare()) && isBlank(agency.email())) {
        problems.add(new Field("agencies[" + i + "].email", "is needed to share the plan with this agency"));
      }
    }
    return names;
  }

  private static void checkAgency(String name, String field, Set<String> agencies, List<Field> problems) {
    if (!isBlank(name) && !agencies.contains(name.strip())) {
      problems.add(new Field(field, "must be the name of one of the plan's agencies"));
    }
  }

  private static void checkReviewDate(LocalDate reviewDate, LocalDate planDate, ReviewInterval interval, List<Field> problems) {
    if (reviewDate == null) {
      return;
    }
    int months = interval.months();
    LocalDate latest = interval.latestReview(planDate);
    if (reviewDate.isBefore(planDate)) {
      problems.add(new Field("reviewDate", "must not be in the past"));
    } else if (reviewDate.isAfter(latest)) {
      problems.add(new Field("reviewDate", "must be at most " + months
          + " months after the plan date " + planDate + ", by " + latest));
    }
  }

  /** {@code actions[0].keyworker.email}, as the API names fields (no container element nodes). */
  static String path(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.toString();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
