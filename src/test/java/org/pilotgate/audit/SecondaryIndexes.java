package org.pilotgate.audit;

import java.sql.Statement;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The non-unique indexes of the tables a bulk load fills, dropped before it and built again after it:
 * one sort per index instead of millions of scattered index insertions. For a benchmark's database
 * only, where nothing else reads or writes while it is being seeded. Unique indexes (primary keys)
 * stay, so a duplicate id still fails the load.
 */
final class SecondaryIndexes {

  private final JdbcTemplate jdbc;
  private final List<String> definitions;

  private SecondaryIndexes(JdbcTemplate jdbc, List<String> definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
  }

  /** Drops the tables' non-unique indexes and remembers how to build them again. */
  static SecondaryIndexes dropOn(JdbcTemplate jdbc, List<String> tables) {
    List<String> names = jdbc.queryForList("""
        SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace AND NOT x.indisunique AND t.relname = ANY (?)
        ORDER BY i.relname""", String.class, (Object) tables.toArray(String[]::new));
    List<String> definitions = names.stream()
        .map(name -> jdbc.queryForObject("SELECT pg_get_indexdef(?::regclass)", String.class, name)).toList();
    names.forEach(name -> jdbc.execute("DROP INDEX " + name));
    return new SecondaryIndexes(jdbc, definitions);
  }

  int count() {
    return definitions.size();
  }

  /** Builds the dropped indexes again, with room to sort in memory. */
  void rebuild() {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET maintenance_work_mem = '256MB'");
        for (String definition : definitions) {
          statement.execute(definition);
        }
        statement.execute("RESET maintenance_work_mem");
      }
      return null;
    });
  }
}
