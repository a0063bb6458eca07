package org.carepath.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The baseline period of one report scope ({@code CHILDREN}, {@code CHILDREN:SOUTH}, {@code ADULT:alnwick}). */
@Entity
@Table(name = "report_baseline")
class ReportBaseline {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "scope_key", nullable = false, unique = true)
  private String scopeKey;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "to_date", nullable = false)
  private LocalDate toDate;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected ReportBaseline() {}

  ReportBaseline(String scopeKey) {
    this.scopeKey = scopeKey;
  }

  void record(LocalDate from, LocalDate to, String by, Instant at) {
    this.fromDate = from;
    this.toDate = to;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  LocalDate getFromDate() { return fromDate; }
  LocalDate getToDate() { return toDate; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }

  /** The key of a scope: the pathway, and its sector or team if any. */
  static String keyOf(FlowReports.Scope scope) {
    return scope.pathway().name() + (scope.sector() != null ? ":" + scope.sector().name() : scope.team() != null ? ":" + scope.team() : "");
  }
}
