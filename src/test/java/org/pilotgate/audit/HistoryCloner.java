package org.pilotgate.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the template pilots' history rows on PostgreSQL, one INSERT ... SELECT per table and batch
 * of copies, joined with {@code bench_clone_plan}. The columns come from information_schema, so a
 * table or column Camunda adds is copied too; each column is treated by what it holds:
 * <ul>
 *   <li>instance ids ({@code ID_}, {@code *_ID_}): a new id per copy, derived from the old one, so
 *       every reference between rows (execution, activity instance, task, variable, byte array, job...)
 *       still points at the copy's own row. Activity instance ids keep their {@code <activityId>:} prefix;</li>
 *   <li>definitions, deployments, activities and DMN clauses: kept, as every pilot runs the same model;</li>
 *   <li>other text: the template's reference becomes the copy's, and the template's people and
 *       service area become the copy's;</li>
 *   <li>timestamps and durations: moved to the copy's start and stretched to its length.</li>
 * </ul>
 * The rows of a pilot are found by {@code ROOT_PROC_INST_ID_}, which Camunda sets on every history
 * row and on the byte arrays of history values.
 */
final class HistoryCloner {

  /** Columns named like ids that name a definition, a deployment or an element of the model: kept. */
  private static final Set<String> DEFINITIONS = Set.of("proc_def_id_", "process_def_id_", "dec_def_id_",
      "dec_req_id_", "case_def_id_", "job_def_id_", "deployment_id_", "tenant_id_", "act_id_", "start_act_id_",
      "end_act_id_", "failed_act_id_", "activity_id_", "failed_activity_id_", "case_act_id_", "clause_id_",
      "rule_id_");

  /** Columns named like ids that name people: treated as text, so the template's people become the copy's. */
  private static final Set<String> PEOPLE = Set.of("user_id_", "group_id_", "assigner_id_", "start_user_id_",
      "create_user_id_", "worker_id_");

  /** Columns whose names do not say so but which hold a job's or job log's id. */
  private static final Set<String> ALSO_INSTANCE_IDS = Set.of("configuration_", "history_configuration_");

  /** Text columns that never hold a reference, a person or a service area: copied as they are, which is faster. */
  private static final Set<String> KEPT_AS_IS = Set.of("proc_def_key_", "process_def_key_", "dec_def_key_",
      "dec_req_key_", "case_def_key_", "act_type_", "act_name_", "type_", "var_type_", "state_", "operation_type_",
      "entity_type_", "property_", "job_def_type_", "job_def_configuration_", "hostname_", "category_");

  private final JdbcTemplate jdbc;

  HistoryCloner(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The tables holding a pilot's history: Camunda's history tables and its byte arrays. */
  List<String> tables() {
    return jdbc.queryForList("""
        SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'root_proc_inst_id_'
          AND (table_name LIKE 'act\\_hi\\_%' OR table_name = 'act_ge_bytearray')
        ORDER BY table_name""", String.class);
  }

  /**
   * Keeps the templates' rows of each table apart in {@code bench_template_<table>}, so each copy
   * statement reads a few hundred rows instead of searching the growing table for them.
   */
  void keepTemplates(List<String> tables) {
    for (String table : tables) {
      jdbc.execute("DROP TABLE IF EXISTS " + template(table));
      jdbc.execute("CREATE UNLOGGED TABLE " + template(table) + " AS SELECT * FROM " + table
          + " WHERE root_proc_inst_id_ IN (SELECT template_pid FROM bench_clone_plan)");
    }
  }

  /** The tables by the templates' rows in them, most first. */
  List<String> largestFirst(List<String> tables) {
    return tables.stream().sorted(Comparator.comparing((String table) -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + template(table), Long.class)).reversed()).toList();
  }

  void dropTemplates(List<String> tables) {
    tables.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + template(table)));
  }

  /** Copies the table's rows of plan entries {@code first} to {@code last}; returns the rows written. */
  long copy(String table, int first, int last) {
    return jdbc.update(copyStatement(table), first, last);
  }

  private static String template(String table) {
    return "bench_template_" + table;
  }

  private String copyStatement(String table) {
    List<Map<String, Object>> columns = jdbc.queryForList("""
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position""", table);
    String names = columns.stream().map(c -> (String) c.get("column_name")).collect(Collectors.joining(", "));
    String values = columns.stream().map(c -> copied((String) c.get("column_name"), (String) c.get("data_type")))
        .collect(Collectors.joining(",\n  "));
    return "INSERT INTO " + table + " (" + names + ")\nSELECT " + values + "\nFROM " + template(table)
        + " t JOIN bench_clone_plan p ON t.root_proc_inst_id_ = p.template_pid WHERE p.n BETWEEN ? AND ?";
  }

  private static String copied(String column, String type) {
    String value = "t." + column;
    if (isInstanceId(column)) {
      String newId = "md5(" + value + " || '/' || p.n)::uuid::text";
      return "CASE WHEN strpos(" + value + ", ':') > 0 THEN split_part(" + value + ", ':', 1) || ':' || " + newId
          + " ELSE " + newId + " END";
    }
    if (type.startsWith("timestamp")) {
      // times after the template ended (due dates, removal times) keep their distance from its end
      String copyEnded = "p.started + (p.template_ended - p.template_started) * p.stretch";
      return "CASE WHEN " + value + " <= p.template_ended THEN p.started + (" + value
          + " - p.template_started) * p.stretch ELSE " + copyEnded + " + (" + value + " - p.template_ended) END";
    }
    if (column.equals("duration_")) {
      return "(" + value + " * p.stretch)::bigint";
    }
    if (type.equals("character varying") && !KEPT_AS_IS.contains(column) && !DEFINITIONS.contains(column)) {
      String replaced = ClonePlan.TEMPLATE_VALUES.entrySet().stream()
          .map(e -> "WHEN '" + e.getKey() + "' THEN p." + e.getValue()).collect(Collectors.joining(" "));
      return "CASE " + value + " " + replaced + " ELSE replace(" + value + ", p.template_ref, p.reference) END";
    }
    return value;
  }

  private static boolean isInstanceId(String column) {
    return ALSO_INSTANCE_IDS.contains(column)
        || (column.equals("id_") || column.endsWith("_id_")) && !DEFINITIONS.contains(column) && !PEOPLE.contains(column);
  }
}
