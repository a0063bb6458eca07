package org.carepath.casefile;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/cases/{reference}} (public contract). */
record CaseView(
    String reference,
    String status,
    String outcome,
    String sector,
    String stage,
    String allocatedWorker,
    Instant createdAt,
    List<NotificationView> notifications,
    List<RecordView> record) {

  record NotificationView(List<String> recipients, String subject, String status, Instant sentAt) {}

  record RecordView(String kind, String title, String body, String author, Instant createdAt) {}
}
