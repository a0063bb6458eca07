package org.carepath.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the tests read straight from the database: the first column of every row, as text. */
public final class Sql {

  private Sql() {}

  public static List<String> rows(Connection db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
