package org.carepath.casefile;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts letters, decisions and reports on a case's file. */
@Service
public class CaseRecord {

  private final CaseRecordRepository entries;
  private final Clock clock;

  CaseRecord(CaseRecordRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Whether the case file holds an entry of this title (a retried step that files once). */
  @Transactional(readOnly = true)
  public boolean has(CareCase careCase, String title) {
    return entries.existsByCareCaseAndTitle(careCase, title);
  }

  @Transactional
  public void add(CareCase careCase, CaseRecordEntry.Kind kind, String title, String body, String author) {
    entries.save(new CaseRecordEntry(careCase, kind, title, body, author, clock.instant()));
  }
}
