package dev.quern.it;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Flyway and Liquibase tests share: a fresh database per test on one server, its JDBC
 * URL as the tools are given it, and plain-JDBC reads of what they left behind (rows rendered as
 * comma-joined strings, NULL as "null").
 */
final class MigrationDatabases {
  private final QuernServer server;

  MigrationDatabases(QuernServer server) {
    this.server = server;
  }

  /** Creates database {@code name} and returns the URL the tools connect with. */
  String create(String name) throws SQLException {
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  String url(String database) {
    return server.mssqlUrl("encrypt=false;databaseName=" + database);
  }

  Connection connect(String database) throws SQLException {
    return server.connect("encrypt=false;databaseName=" + database);
  }

  /** Every row of {@code sql}'s first result set. */
  List<String> rows(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.append(i > 1 ? "," : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  /** The single value of {@code sql}. */
  String value(String database, String sql) throws SQLException {
    List<String> rows = rows(database, sql);
    if (rows.size() != 1) {
      throw new SQLException("expected one row from " + sql + ", got " + rows);
    }
    return rows.getFirst();
  }
}
