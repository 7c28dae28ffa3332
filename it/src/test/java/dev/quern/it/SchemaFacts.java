package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema of {@link CrashDdlIT}'s tables as a restarted server's catalog views show it, as the
 * facts {@link DdlStep}s speak of: {@code "index docs.ux_name unique"}, {@code "column docs.c_w
 * varchar(200) null"}, {@code "constraint docs.ck_docs_ver C"}, {@code "table side2"}, {@code "rows
 * side=6"}. Reading them also checks that sys.columns and INFORMATION_SCHEMA.COLUMNS agree.
 */
final class SchemaFacts {
  private SchemaFacts() {}

  /** Indexes, columns and constraints of dbo.docs. */
  static Set<String> docs(Connection c) throws SQLException {
    Set<String> facts = new TreeSet<>();
    facts.addAll(indexes(c, "docs"));
    Set<String> columns = columns(c, "docs");
    assertThat(informationSchemaColumns(c, "docs")).as("INFORMATION_SCHEMA.COLUMNS of docs")
        .isEqualTo(columns);
    facts.addAll(columns);
    try (PreparedStatement p = c.prepareStatement(
        "SELECT name, RTRIM(type) FROM sys.objects WHERE parent_object_id = OBJECT_ID('dbo.docs')")) {
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          facts.add("constraint docs." + rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    return facts;
  }

  /** Row counts of dbo.side and dbo.side2, which tables exist, their indexes. */
  static Set<String> sideTables(Connection c) throws SQLException {
    Set<String> facts = new TreeSet<>();
    facts.add("rows side=" + Sql.scalar(c, "SELECT COUNT(*) FROM dbo.side"));
    for (String table : new String[] {"side2", "docs_copy"}) {
      if (Sql.scalar(c, "SELECT COUNT(*) FROM sys.tables WHERE name = '" + table + "'") == 0) {
        assertThat(Sql.scalar(c, "SELECT COUNT(*) FROM sys.objects WHERE "
            + "OBJECT_ID('dbo." + table + "') IS NOT NULL")).as("OBJECT_ID of dropped " + table).isZero();
        continue;
      }
      facts.add("table " + table);
      facts.addAll(indexes(c, table));
      if (table.equals("side2")) {
        facts.add("rows side2=" + Sql.scalar(c, "SELECT COUNT(*) FROM dbo.side2"));
      }
    }
    return facts;
  }

  /** Named indexes but the primary key's. */
  private static Set<String> indexes(Connection c, String table) throws SQLException {
    Set<String> facts = new TreeSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT name, is_unique, has_filter FROM sys.indexes WHERE object_id = OBJECT_ID(?) "
            + "AND name IS NOT NULL AND is_primary_key = 0")) {
      p.setString(1, "dbo." + table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          facts.add("index " + table + "." + rs.getString(1) + (rs.getBoolean(2) ? " unique" : "")
              + (rs.getBoolean(3) ? " filtered" : ""));
        }
      }
    }
    return facts;
  }

  private static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> facts = new TreeSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT c.name, TYPE_NAME(c.user_type_id), c.max_length, c.is_nullable FROM sys.columns c "
            + "WHERE c.object_id = OBJECT_ID(?)")) {
      p.setString(1, "dbo." + table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(2).toLowerCase(Locale.ROOT);
          int length = rs.getInt(3);
          facts.add(column(table, rs.getString(1), type, sized(type) ? length : null, rs.getBoolean(4)));
        }
      }
    }
    return facts;
  }

  private static Set<String> informationSchemaColumns(Connection c, String table)
      throws SQLException {
    Set<String> facts = new TreeSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE "
            + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = ?")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(2).toLowerCase(Locale.ROOT);
          int length = rs.getInt(3);
          facts.add(column(table, rs.getString(1), type, sized(type) ? length : null,
              rs.getString(4).equals("YES")));
        }
      }
    }
    return facts;
  }

  /** A column fact: {@code "column docs.c_w varchar(200) null"}; length -1 is max. */
  static String column(String table, String name, String type, Integer length, boolean nullable) {
    String size = length == null ? "" : length == -1 ? "(max)" : "(" + length + ")";
    return "column " + table + "." + name + " " + type + size + (nullable ? " null" : " not null");
  }

  private static boolean sized(String type) {
    return type.equals("varchar") || type.equals("varbinary");
  }
}
