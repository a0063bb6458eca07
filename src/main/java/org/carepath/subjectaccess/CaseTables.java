package org.carepath.subjectaccess;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every row carepath's own tables hold about one case, read as the database holds it: the case, the
 * tables keyed by {@code case_id}, the care plan's rows keyed by {@code plan_id}, and the audit trail by
 * case reference. {@code CaseTablesTest} checks the migrations for a table with {@code case_id} missing here.
 */
@Component
public class CaseTables {

  /** Tables keyed by the case's id ({@code case_id}), in the order a reader meets them. */
  public static final List<String> BY_CASE = List.of("referral", "adult_contact", "family_file", "adult_eligibility",
      "signposting", "signposting_service", "care_plan", "agency_consent", "action_follow_up", "case_handoff",
      "case_record_entry", "notification", "feedback_request", "person_link", "legal_hold");

  /** The care plan's rows, keyed by the plan's id ({@code plan_id}). */
  public static final List<String> BY_PLAN = List.of("care_plan_need", "care_plan_agency", "care_plan_action");

  /** Columns that hold the key of a personal link (a secret), never exported. */
  static final Set<String> SECRETS = Set.of("token", "token_hash");

  private final JdbcTemplate jdbc;

  CaseTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Table name to its rows (column to value; dates as ISO text; secrets left out), for the case with this id. */
  public Map<String, List<Map<String, Object>>> of(long caseId, String reference) {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    tables.put("care_case", rows("select * from care_case where id = ?", caseId));
    for (String table : BY_CASE) {
      tables.put(table, rows("select * from " + table + " where case_id = ? order by 1", caseId));
    }
    for (String table : BY_PLAN) {
      tables.put(table, rows("select * from " + table + " where plan_id in (select id from care_plan where case_id = ?) "
          + "order by plan_id, position", caseId));
    }
    tables.put("audit_event", rows("select * from audit_event where case_reference = ? order by id", reference));
    return tables;
  }

  private List<Map<String, Object>> rows(String sql, Object key) {
    return jdbc.queryForList(sql, key).stream().map(CaseTables::readable).toList();
  }

  private static Map<String, Object> readable(Map<String, Object> row) {
    Map<String, Object> readable = new LinkedHashMap<>();
    row.forEach((column, value) -> {
      String name = column.toLowerCase(java.util.Locale.ROOT);
      if (!SECRETS.contains(name)) {
        readable.put(name, value instanceof Timestamp t ? t.toInstant().toString()
            : value instanceof OffsetDateTime o ? o.toInstant().toString()
            : value instanceof java.sql.Date d ? d.toLocalDate().toString()
            : value instanceof byte[] ? "(binary, " + ((byte[]) value).length + " bytes)"
            : value instanceof String text ? org.carepath.notification.PersonalLinks.removed(text)
            : value);
      }
    });
    return readable;
  }
}
