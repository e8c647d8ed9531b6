package org.pilotgate.process;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the history and PilotGate's own tables hold on PostgreSQL, per table: live rows and their bytes,
 * each row measured with {@code pg_column_size} of the whole row (the row as stored, its header and
 * compressed values included; line pointers, free space and indexes left out). Two snapshots around a
 * run give what the run's pilots left behind. Camunda's runtime tables are left out: a finished pilot
 * leaves nothing there.
 */
record TableBytes(Map<String, Rows> tables) {

  /** Rows and bytes of one table. */
  record Rows(long rows, long bytes) {

    Rows plus(Rows other) {
      return new Rows(rows + other.rows, bytes + other.bytes);
    }

    Rows minus(Rows other) {
      return new Rows(rows - other.rows, bytes - other.bytes);
    }
  }

  static TableBytes now(JdbcTemplate jdbc) {
    List<String> names = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
        + "AND (table_name LIKE 'act\\_hi\\_%' OR table_name = 'act_ge_bytearray' OR table_name NOT LIKE 'act\\_%') "
        + "AND table_name <> 'flyway_schema_history' ORDER BY table_name", String.class);
    Map<String, Rows> tables = new TreeMap<>();
    for (String name : names) {
      tables.put(name, jdbc.queryForObject("SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM \"" + name + "\" t",
          (row, i) -> new Rows(row.getLong(1), row.getLong(2))));
    }
    return new TableBytes(tables);
  }

  static TableBytes none() {
    return new TableBytes(new TreeMap<>());
  }

  /** What was added since {@code before}. */
  TableBytes since(TableBytes before) {
    Map<String, Rows> added = new TreeMap<>();
    tables.forEach((name, rows) -> added.put(name, rows.minus(before.tables.getOrDefault(name, new Rows(0, 0)))));
    return new TableBytes(added);
  }

  TableBytes plus(TableBytes other) {
    Map<String, Rows> sum = new TreeMap<>(tables);
    other.tables.forEach((name, rows) -> sum.merge(name, rows, Rows::plus));
    return new TableBytes(sum);
  }

  Rows table(String name) {
    return tables.getOrDefault(name, new Rows(0, 0));
  }

  Rows total() {
    return tables.values().stream().reduce(new Rows(0, 0), Rows::plus);
  }
}
