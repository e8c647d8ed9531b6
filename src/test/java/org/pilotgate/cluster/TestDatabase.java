package org.pilotgate.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A fresh PostgreSQL database of its own for one test, on the server the build was given. */
public record TestDatabase(String url, String user, String password) {

  /** Engineers sharing one server may give their own prefix ({@code -Dpilotgate.it.database-prefix=...}). */
  static TestDatabase fresh(String purpose) throws SQLException {
    return fresh(System.getProperty("pilotgate.it.database-prefix", "pilotgate_it_"), purpose);
  }

  /** A fresh database named {@code <prefix><purpose>_<milliseconds>}. */
  public static TestDatabase fresh(String prefix, String purpose) throws SQLException {
    String serverUrl = System.getProperty("pilotgate.it.postgres.url");
    String user = System.getProperty("pilotgate.it.postgres.user");
    String password = System.getProperty("pilotgate.it.postgres.password", "");
    String name = prefix + purpose + "_" + System.currentTimeMillis();
    String adminUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + "postgres";
    try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    }
    return new TestDatabase(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
  }

  /** Drops the database once the nodes using it have stopped. */
  public void drop() throws SQLException {
    asAdministrator("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
  }

  /** A backup of the database as it is, taken while nodes run on it: {@code pg_dump}'s custom format. */
  void dumpTo(Path file) throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    run("pg_dump", "--format=custom", "--file=" + file, "--dbname=" + name());
  }

  /** A new database holding what {@code file} holds, as an operator restores a backup. */
  static TestDatabase restoredFrom(String purpose, Path file) throws SQLException, IOException, InterruptedException {
    TestDatabase restored = fresh(purpose);
    restored.run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored.name(), file.toString());
    return restored;
  }

  private void run(String tool, String... arguments) throws IOException, InterruptedException {
    URI server = URI.create(url.substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of(tool, "--host=" + server.getHost(),
        "--port=" + (server.getPort() < 0 ? 5432 : server.getPort()), "--username=" + user));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  /** To the nodes the database is gone: it refuses new connections and its open ones are closed. */
  void cutOff() throws SQLException {
    asAdministrator("ALTER DATABASE " + name() + " WITH ALLOW_CONNECTIONS false");
    asAdministrator("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name() + "'");
  }

  /** The database accepts connections again. */
  void restore() throws SQLException {
    asAdministrator("ALTER DATABASE " + name() + " WITH ALLOW_CONNECTIONS true");
  }

  /** The database answers but takes no changes (as a standby does), or takes them again; open connections are closed. */
  void readOnly(boolean readOnly) throws SQLException {
    asAdministrator("ALTER DATABASE " + name() + (readOnly ? " SET default_transaction_read_only = on"
        : " RESET default_transaction_read_only"));
    asAdministrator("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name() + "'");
  }

  private String name() {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private void asAdministrator(String sql) throws SQLException {
    String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
  }
}
