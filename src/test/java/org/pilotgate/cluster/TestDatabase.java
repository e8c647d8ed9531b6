package org.pilotgate.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A fresh PostgreSQL database of its own for one test, on the server the build was given. */
record TestDatabase(String url, String user, String password) {

  static TestDatabase fresh(String purpose) throws SQLException {
    String serverUrl = System.getProperty("pilotgate.it.postgres.url");
    String user = System.getProperty("pilotgate.it.postgres.user");
    String password = System.getProperty("pilotgate.it.postgres.password", "");
    String name = "pilotgate_it_" + purpose + "_" + System.currentTimeMillis();
    String adminUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + "postgres";
    try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    }
    return new TestDatabase(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
  }

  /** Drops the database once the nodes using it have stopped. */
  void drop() throws SQLException {
    String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
        Statement drop = admin.createStatement()) {
      drop.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
  }
}
