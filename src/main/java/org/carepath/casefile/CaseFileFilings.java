package org.carepath.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What one feature files on the case file when its tasks complete, by task id: each feature names its
 * own tasks (a Spring bean in its package), and {@code caseFileNoteListener} files them. No feature
 * names another's tasks.
 */
public interface CaseFileFilings {

  /** The task ids of this feature and what each files. */
  Map<String, Filing> filings();

  /** What one task files: the entry's title and body from the task, and the variables to remove. */
  record Filing(Function<DelegateTask, String> title, Function<DelegateTask, String> body, List<String> moved) {}

  /** A form field as text: stripped, empty when not filled in. */
  static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? "" : value.toString().strip();
  }

  static boolean yes(DelegateTask task, String name) {
    return Boolean.TRUE.equals(task.getVariable(name));
  }

  /** " on 2026-12-01", or nothing when no date was given. */
  static String on(Object date) {
    return date == null || date.toString().isBlank() ? "" : " on " + date;
  }

  /** The notes after a blank line, or nothing. */
  static String notes(DelegateTask task, String name) {
    String notes = text(task, name);
    return notes.isEmpty() ? "" : "\n\n" + notes;
  }
}
