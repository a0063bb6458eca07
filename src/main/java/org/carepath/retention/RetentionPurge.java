package org.carepath.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.carepath.audit.AuditTrail;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralRepository;
import org.carepath.subjectaccess.CaseTables;
import org.carepath.system.Chunks;
import org.carepath.system.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge: removes each closed case whose period ({@link RetentionRules}) has run out and
 * that has no legal hold, from carepath's tables ({@link CaseTables}, the same list the subject access
 * export reads) and from the engine's history (its processes with their steps, tasks, variables and byte
 * arrays, decisions, comments), in one transaction per case, and leaves one audit line saying what was
 * removed and why, with no personal data. Each node runs it at {@code carepath.retention.cron}; the
 * case's row is locked first, so a case is purged once whichever node comes first.
 */
@Service
public class RetentionPurge {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

  /** The case's tables in the order they are emptied: rows that point at other rows of the case (signposting_service) first. */
  static final List<String> DELETE_ORDER = reversed(CaseTables.BY_CASE);

  /** A closed case whose period has run out, or runs out on {@code purgeFrom}. */
  public record Due(String reference, String pathway, String outcome, LocalDate closedOn, LocalDate purgeFrom, String rule,
      boolean held) {}

  /** What one run did: the cases removed, and those left with the reason. */
  public record Run(List<String> purged, List<Skipped> skipped) {}

  public record Skipped(String reference, String reason) {}

  private final RetentionRules rules;
  private final CareCaseRepository cases;
  private final ReferralRepository referrals;
  private final LegalHoldRepository holds;
  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final EngineAsSystem system;
  private final AuditTrail audit;
  private final EntityManager entities;
  private final TransactionTemplate oneCase;
  private final Clock clock;

  RetentionPurge(RetentionRules rules, CareCaseRepository cases, ReferralRepository referrals, LegalHoldRepository holds,
      JdbcTemplate jdbc, HistoryService history, RuntimeService runtime, EngineAsSystem system, AuditTrail audit,
      EntityManager entities, PlatformTransactionManager transactions, Clock clock) {
    this.rules = rules;
    this.cases = cases;
    this.referrals = referrals;
    this.holds = holds;
    this.jdbc = jdbc;
    this.history = history;
    this.runtime = runtime;
    this.system = system;
    this.audit = audit;
    this.entities = entities;
    this.oneCase = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The closed cases whose period has run out by {@code day}, held ones included (marked). */
  @Transactional(readOnly = true)
  public List<Due> dueBy(LocalDate day) {
    List<CareCase> closed = cases.findByStatusAndClosedAtLessThanOrderByClosedAtAsc(CareCase.Status.CLOSED,
        day.plusDays(1).atStartOfDay(RetentionRules.UK).toInstant());
    Map<Long, LocalDate> births = new HashMap<>();
    Chunks.of(closed).forEach(chunk -> referrals.findByCareCaseIn(chunk)
        .forEach(r -> births.put(r.getCareCase().getId(), r.getChildDateOfBirth())));
    List<Due> due = new ArrayList<>();
    for (CareCase careCase : closed) {
      rules.purgeFrom(careCase, births.get(careCase.getId())).filter(from -> !from.isAfter(day))
          .ifPresent(from -> due.add(new Due(careCase.getReference(), careCase.getPathway().name(), careCase.getOutcome().name(),
              LocalDate.ofInstant(careCase.getClosedAt(), RetentionRules.UK), from, rules.describe(careCase),
              holds.existsById(careCase.getId()))));
    }
    return due;
  }

  /** The nightly run, on every node: does nothing when {@code carepath.retention.enabled} is false. */
  @Scheduled(cron = "${carepath.retention.cron}", zone = "Europe/London")
  void nightly() {
    if (rules.enabled()) {
      Run run = purgeDue("nightly run");
      LOG.info("Retention purge: {} cases removed, {} left", run.purged().size(), run.skipped().size());
    }
  }

  /**
   * Purges every case due today that has no legal hold, each in its own transaction; {@code by} who asked
   * (a user, or "nightly run"), named on each case's audit line. A case that fails is left, with the reason,
   * and the run goes on.
   */
  public Run purgeDue(String by) {
    List<String> purged = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Due due : dueBy(LocalDate.now(clock))) {
      if (due.held()) {
        skipped.add(new Skipped(due.reference(), "legal hold"));
        continue;
      }
      String left;
      try {
        left = oneCase.execute(status -> purge(due.reference(), by));
      } catch (RuntimeException failed) {
        LOG.error("Retention purge of {} failed; it is left for the next run", due.reference(), failed);
        left = "failed: " + failed.getClass().getSimpleName();
      }
      if (left == null) {
        purged.add(due.reference());
      } else {
        skipped.add(new Skipped(due.reference(), left));
      }
    }
    return new Run(purged, skipped);
  }

  /** Removes one case if it is still there, due and free; the reason it was left otherwise. */
  private String purge(String reference, String by) {
    List<CareCase> locked = entities.createQuery("select c from CareCase c where c.reference = :reference", CareCase.class)
        .setParameter("reference", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    if (locked.isEmpty()) {
      return "already removed";
    }
    CareCase careCase = locked.get(0);
    LocalDate birth = referrals.findByCareCase(careCase).map(r -> r.getChildDateOfBirth()).orElse(null);
    if (rules.purgeFrom(careCase, birth).filter(from -> !from.isAfter(LocalDate.now(clock))).isEmpty()) {
      return "not due";
    }
    if (holds.existsById(careCase.getId())) {
      return "legal hold";
    }
    if (system.call(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()) > 0) {
      return "a process of the case is still running";
    }
    long rows = 0;
    long caseId = careCase.getId();
    for (String table : CaseTables.BY_PLAN) {
      rows += jdbc.update("delete from " + table + " where plan_id in (select id from care_plan where case_id = ?)", caseId);
    }
    for (String table : DELETE_ORDER) {
      rows += jdbc.update("delete from " + table + " where case_id = ?", caseId);
    }
    entities.detach(careCase);
    rows += jdbc.update("delete from care_case where id = ?", caseId);
    int processes = system.call(() -> removeHistory(reference));
    audit.recordRetentionPurge(reference, "Removed (" + by + ") at the end of its retention period (" + rules.describe(careCase)
        + "; closed " + LocalDate.ofInstant(careCase.getClosedAt(), RetentionRules.UK) + "): " + rows + " rows, "
        + processes + " processes' history");
    return null;
  }

  /** The engine's history of the case's processes, decisions first; the number of processes. */
  private int removeHistory(String reference) {
    List<String> processes = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    for (String process : processes) {
      List<String> decisions = history.createHistoricDecisionInstanceQuery().processInstanceId(process).list().stream()
          .map(HistoricDecisionInstance::getId).toList();
      decisions.forEach(history::deleteHistoricDecisionInstanceByInstanceId);
    }
    if (!processes.isEmpty()) {
      history.deleteHistoricProcessInstancesBulk(processes);
    }
    return processes.size();
  }

  private static List<String> reversed(List<String> tables) {
    List<String> order = new ArrayList<>(tables);
    java.util.Collections.reverse(order);
    return List.copyOf(order);
  }
}
