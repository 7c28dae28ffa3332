package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data checks {@link CrashDdlIT} makes after a restart: every row's values and LOBs exactly as
 * written (dbo.docs, its SELECT INTO copy, the side tables), each index of dbo.docs returning the
 * rows the table has, and DBCC CHECKDB finding nothing.
 */
final class RecoveredDocs {
  private RecoveredDocs() {}

  /** Reads dbo.docs, checking each row against {@link DocPayload}; returns id to version. */
  static Map<Integer, Integer> read(Connection c, String when) throws SQLException {
    Map<Integer, Integer> versions = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id, grp, name, ver, blen, bsum, body, note FROM dbo.docs")) {
      while (rs.next()) {
        int id = rs.getInt(1);
        int version = rs.getInt(4);
        DocPayload p = DocPayload.of(id, version);
        String row = "docs row " + id + " v" + version + " " + when;
        assertThat(rs.getInt(2)).as("grp of %s", row).isEqualTo(Math.floorMod(id, 10));
        assertThat(rs.getString(3)).as("name of %s", row).isEqualTo("n" + id);
        assertThat(rs.getInt(5)).as("blen of %s", row).isEqualTo(p.body().length);
        assertThat(rs.getLong(6)).as("bsum of %s", row).isEqualTo(p.bodySum());
        assertPayload(rs.getBytes(7), rs.getString(8), p, row);
        assertThat(versions.put(id, version)).as("two rows with id %d %s", id, when).isNull();
      }
    }
    return versions;
  }

  /** The SELECT INTO copy of dbo.docs and the LOB rows of dbo.side and dbo.side2 are intact. */
  static void checkCopies(Connection c, Set<String> sideFacts, String when) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (sideFacts.contains("table docs_copy")) {
        try (ResultSet rs = s.executeQuery("SELECT id, ver, body, note FROM dbo.docs_copy")) {
          while (rs.next()) {
            assertPayload(rs.getBytes(3), rs.getString(4), DocPayload.of(rs.getInt(1), rs.getInt(2)),
                "docs_copy row " + rs.getInt(1) + " " + when);
          }
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT sid, ch, len, body FROM dbo.side")) {
        while (rs.next()) {
          assertLetters(rs.getBytes(4), rs.getString(2), rs.getInt(3), "side " + rs.getInt(1) + " " + when);
        }
      }
      if (sideFacts.contains("table side2")) {
        try (ResultSet rs = s.executeQuery("SELECT id, v FROM dbo.side2")) {
          while (rs.next()) {
            byte[] v = rs.getBytes(2);
            assertThat(v).as("side2 %d %s", rs.getInt(1), when).isNotEmpty();
            int length = switch (v[0]) {
              case 'a' -> 20_000;
              case 'b' -> 70_000;
              default -> 120_000;
            };
            assertLetters(v, String.valueOf((char) v[0]), length, "side2 " + rs.getInt(1) + " " + when);
          }
        }
      }
    }
  }

  /**
   * Each nonclustered index of dbo.docs finds the rows the table has: seeks on each group through
   * the group indexes, on names through the unique ones (present rows once, deleted ones not), and
   * DBCC CHECKDB, which compares every entry of every index with the rows, reports no error.
   */
  static void checkIndexes(Connection c, Set<String> docsFacts, Map<Integer, Integer> rows,
      Set<Integer> everUsed, String when) throws SQLException {
    for (String fact : docsFacts) {
      if (!fact.startsWith("index docs.")) {
        continue;
      }
      String index = fact.substring("index docs.".length()).split(" ")[0];
      if (fact.endsWith(" unique")) {
        checkByName(c, index, rows, everUsed, when);
      } else {
        checkByGroup(c, index, rows, fact.endsWith(" filtered") ? 5 : 0, when);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DBCC CHECKDB WITH NO_INFOMSGS"); // a consistency error is an error message
    }
  }

  private static void checkByGroup(Connection c, String index, Map<Integer, Integer> rows,
      int firstGroup, String when) throws SQLException {
    // A filtered index serves a query whose predicate implies its filter.
    String filter = firstGroup > 0 ? " AND grp >= " + firstGroup : "";
    try (PreparedStatement p = c.prepareStatement(
        "SELECT id FROM dbo.docs WITH (INDEX(" + index + ")) WHERE grp = ?" + filter)) {
      for (int grp = firstGroup; grp < 10; grp++) {
        Set<Integer> expected = new TreeSet<>();
        for (int id : rows.keySet()) {
          if (Math.floorMod(id, 10) == grp) {
            expected.add(id);
          }
        }
        p.setInt(1, grp);
        assertThat(ids(p)).as("ids of grp %d through %s %s", grp, index, when).isEqualTo(expected);
      }
    }
  }

  private static void checkByName(Connection c, String index, Map<Integer, Integer> rows,
      Set<Integer> everUsed, String when) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT id FROM dbo.docs WITH (INDEX(" + index + ")) WHERE name = ?")) {
      for (int id : everUsed) {
        p.setString(1, "n" + id);
        assertThat(ids(p)).as("name n%d through %s %s", id, index, when)
            .isEqualTo(rows.containsKey(id) ? Set.of(id) : Set.of());
      }
    }
  }

  private static Set<Integer> ids(PreparedStatement p) throws SQLException {
    Set<Integer> ids = new TreeSet<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
    }
    return ids;
  }

  private static void assertPayload(byte[] body, String note, DocPayload p, String row) {
    assertThat(body).as("body of %s (length %d, expected %d)", row, body == null ? -1 : body.length,
        p.body().length).isNotNull();
    assertThat(body.length).as("body length of %s", row).isEqualTo(p.body().length);
    assertThat(Arrays.equals(body, p.body())).as("body bytes of %s", row).isTrue();
    assertThat(note).as("note of %s", row).isEqualTo(p.note());
  }

  private static void assertLetters(byte[] body, String letter, int length, String row) {
    assertThat(body).as(row).isNotNull();
    assertThat(body.length).as("length of %s", row).isEqualTo(length);
    byte b = (byte) letter.charAt(0);
    for (int i = 0; i < body.length; i++) {
      if (body[i] != b) {
        throw new AssertionError(row + ": byte " + i + " is " + body[i] + ", not " + letter);
      }
    }
  }
}
