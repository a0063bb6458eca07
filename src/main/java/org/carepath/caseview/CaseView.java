package org.carepath.caseview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/cases/{reference}} (public contract): a child's case names its {@code sector} and
 * {@code allocatedWorker}, an adult's its {@code team} and {@code leadWorker}; {@code preferredLanguage}
 * ({@code ENGLISH}, {@code WELSH}, {@code BILINGUAL}) is the language letters to the family or person go in.
 */
public record CaseView(
    String reference,
    String pathway,
    String status,
    String outcome,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sector,
    @JsonInclude(JsonInclude.Include.NON_NULL) String team,
    String stage,
    String allocatedWorker,
    @JsonInclude(JsonInclude.Include.NON_NULL) String leadWorker,
    Instant createdAt,
    String preferredLanguage,
    List<NotificationView> notifications,
    List<RecordView> record) {

  public record NotificationView(List<String> recipients, String subject, String status, Instant sentAt) {}

  public record RecordView(String kind, String title, String body, String author, Instant createdAt) {}
}
