package org.pilotgate.audit;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every index of the tables a bulk load fills, primary keys and unique constraints included, and the
 * foreign keys pointing at those keys: dropped before the load and built again after it, one sort per
 * index instead of millions of scattered index insertions. For a benchmark's database only, where
 * nothing else reads or writes while it is being seeded. A repeated id is still refused: building its
 * primary key again fails.
 */
final class DroppedIndexes {

  private final JdbcTemplate jdbc;
  /** Per table, the statements building its indexes and keys again, in order. */
  private final Map<String, List<String>> byTable;
  private final List<String> foreignKeys;

  private DroppedIndexes(JdbcTemplate jdbc, Map<String, List<String>> byTable, List<String> foreignKeys) {
    this.jdbc = jdbc;
    this.byTable = byTable;
    this.foreignKeys = foreignKeys;
  }

  /** Drops the tables' indexes and keys, and the foreign keys pointing at them, remembering how to build them again. */
  static DroppedIndexes dropOn(JdbcTemplate jdbc, List<String> tables) {
    Object[] names = {tables.toArray(String[]::new)};
    List<String[]> foreignKeys = constraints(jdbc, "c.contype = 'f' AND r.relname = ANY (?)", names);
    List<String[]> keys = constraints(jdbc, "c.contype IN ('p', 'u') AND t.relname = ANY (?)", names);
    List<String[]> indexes = jdbc.query("""
        SELECT t.relname, i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY (?)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)
        ORDER BY i.relname""", (row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, names);
    foreignKeys.forEach(key -> jdbc.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]));
    keys.forEach(key -> jdbc.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]));
    indexes.forEach(index -> jdbc.execute("DROP INDEX " + index[1]));

    Map<String, List<String>> byTable = new LinkedHashMap<>();
    keys.forEach(key -> byTable.computeIfAbsent(key[0], t -> new ArrayList<>()).add(key[2]));
    indexes.forEach(index -> byTable.computeIfAbsent(index[0], t -> new ArrayList<>()).add(index[2]));
    return new DroppedIndexes(jdbc, byTable, foreignKeys.stream().map(key -> key[2]).toList());
  }

  /** Table, name and the statement adding it again, of each constraint the condition selects. */
  private static List<String[]> constraints(JdbcTemplate jdbc, String condition, Object[] names) {
    return jdbc.query("""
        SELECT t.relname, c.conname,
          'ALTER TABLE ' || t.relname || ' ADD CONSTRAINT ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class r ON r.oid = c.confrelid
        WHERE t.relnamespace = current_schema()::regnamespace""" + " AND " + condition + " ORDER BY t.relname, c.conname",
        (row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, names);
  }

  int count() {
    return byTable.values().stream().mapToInt(List::size).sum();
  }

  /** The work of building one table's indexes and keys again, to run on a connection of its own. */
  Map<String, Callable<Long>> rebuildByTable() {
    Map<String, Callable<Long>> work = new LinkedHashMap<>();
    byTable.forEach((table, statements) -> work.put(table, () -> {
      run(statements);
      return (long) statements.size();
    }));
    return work;
  }

  /** Adds the foreign keys back; after {@link #rebuildByTable()}, as they need the keys they point at. */
  void restoreForeignKeys() {
    run(foreignKeys);
  }

  /** Runs the statements on one connection, with room to sort in memory. */
  private void run(List<String> statements) {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET maintenance_work_mem = '1GB'");
        for (String definition : statements) {
          statement.execute(definition);
        }
        statement.execute("RESET maintenance_work_mem");
      }
      return null;
    });
  }
}
