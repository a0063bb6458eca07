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

  @Transactional
  public void add(CareCase careCase, CaseRecordEntry.Kind kind, String title, String body, String author) {
    entries.save(new CaseRecordEntry(careCase, kind, title, body, author, clock.instant()));
  }

  /** Files the entry unless the case file holds one of this title already: a retried step files it once. */
  @Transactional
  public void addOnce(CareCase careCase, CaseRecordEntry.Kind kind, String title, String body, String author) {
    if (!entries.existsByCareCaseAndTitle(careCase, title)) {
      add(careCase, kind, title, body, author);
    }
  }
}
