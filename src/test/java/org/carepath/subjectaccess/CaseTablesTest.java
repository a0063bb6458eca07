package org.carepath.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A table added to carepath's schema with a case's rows must be in the subject access export (and so in the purge). */
class CaseTablesTest {

  static final Pattern TABLE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

  @Test
  void shouldReadEveryTableThatHoldsACasesRows() throws IOException {
    List<String> byCase = new ArrayList<>();
    List<String> byPlan = new ArrayList<>();
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : migrations.toList()) {
        Matcher table = TABLE.matcher(Files.readString(migration).toLowerCase());
        while (table.find()) {
          if (table.group(2).matches("(?s).*\\n\\s*case_id\\s.*")) {
            byCase.add(table.group(1));
          }
          if (table.group(2).matches("(?s).*\\n\\s*plan_id\\s.*")) {
            byPlan.add(table.group(1));
          }
        }
      }
    }
    assertThat(byCase).as("tables with case_id in the migrations").isNotEmpty();
    assertThat(CaseTables.BY_CASE).containsExactlyInAnyOrderElementsOf(byCase);
    assertThat(CaseTables.BY_PLAN).containsExactlyInAnyOrderElementsOf(byPlan);
  }
}
