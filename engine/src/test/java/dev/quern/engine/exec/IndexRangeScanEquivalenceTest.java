package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Range seeks and ordered scans return exactly what a scan of a heap copy returns, for every
 * comparison operator at and around the stored values, NULL and fractional bounds, mixed-case
 * strings, DESC key columns and an equality prefix; UPDATE and DELETE change the same rows.
 */
class IndexRangeScanEquivalenceTest {
  private static final String[] OPS = {"<", "<=", ">", ">=", "!<", "!>"};
  private static final String[] NUMBERS = {"NULL", "-1", "0", "2", "2.5", "3", "7", "7.0", "9.99", "10", "11"};
  private static final String[] STRINGS = {"NULL", "''", "'a'", "'A'", "'ab'", "'AB '", "'b'", "'B'", "'bz'", "N'c'", "N'\u4e2d'", "N'b\u4e2d'", "'abcdefghijklmnop'"};

  @Test
  void everyRangeAndOrderMatchesAHeapScan() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      load(session);
      List<String> predicates = new ArrayList<>();
      for (String column : List.of("id", "k", "d", "s")) {
        String[] values = column.equals("s") ? STRINGS : NUMBERS;
        for (String op : OPS) {
          for (String v : values) {
            predicates.add(column + " " + op + " " + v);
            predicates.add(v + " " + op + " " + column);
          }
        }
        for (int lo = 0; lo < values.length; lo++) {
          for (int hi = 0; hi < values.length; hi++) {
            if ((lo + hi) % 3 == 0) { // a spread of pairs keeps the test quick
              predicates.add(column + " BETWEEN " + values[lo] + " AND " + values[hi]);
            }
          }
        }
      }
      for (String op : OPS) {
        for (String v : NUMBERS) {
          predicates.add("a = 1 AND b " + op + " " + v);
          predicates.add("a = 2 AND b " + op + " " + v + " AND b < 9");
        }
      }
      for (String p : predicates) {
        assertThat(rows(session, "SELECT id FROM t WHERE " + p + " ORDER BY id"))
            .as(p)
            .isEqualTo(rows(session, "SELECT id FROM h WHERE " + p + " ORDER BY id"));
      }
      for (int i = 0; i < predicates.size(); i += 7) {
        String p = predicates.get(i);
        String sql = "SELECT COUNT(*), MIN(id), MAX(k), COUNT(DISTINCT s) FROM %s WHERE " + p;
        assertThat(rows(session, sql.formatted("t"))).as(sql).isEqualTo(rows(session, sql.formatted("h")));
      }
      for (int i = 0; i < predicates.size(); i += 11) {
        String p = predicates.get(i);
        for (String change : List.of("UPDATE %s SET k = k + 1, b = b + 100 WHERE ", "DELETE FROM %s WHERE ")) {
          assertThat(changed(session, "t", change, p)).as(change + p).isEqualTo(changed(session, "h", change, p));
        }
      }
      for (String order : List.of("id", "id DESC", "k", "k DESC", "d", "d DESC", "s", "s DESC")) {
        String column = order.split(" ")[0];
        for (String top : List.of("", "TOP 7 ")) {
          assertThat(rows(session, "SELECT " + top + column + " FROM t ORDER BY " + order))
              .as(order)
              .isEqualTo(rows(session, "SELECT " + top + column + " FROM h ORDER BY " + order));
        }
      }
      for (String where : List.of("a = 1", "a = 2 AND b > 2", "a = 1 AND b <= 7")) {
        for (String order : List.of("b", "b DESC", "a, b DESC")) {
          String sql = " WHERE " + where + " ORDER BY " + order;
          assertThat(rows(session, "SELECT b FROM t" + sql)).as(sql).isEqualTo(rows(session, "SELECT b FROM h" + sql));
        }
      }
    }
  }

  private static void load(QuernSession session) {
    TestSessions.run(
        session,
        """
        CREATE TABLE t (id int PRIMARY KEY, k int NULL, d decimal(5, 2) NULL, s varchar(10) NULL, a int NOT NULL,
          b int NOT NULL)
        CREATE INDEX ix_k ON t (k)
        CREATE INDEX ix_d ON t (d DESC)
        CREATE INDEX ix_s ON t (s)
        CREATE UNIQUE INDEX ix_ab ON t (a, b DESC)
        CREATE TABLE h (id int NOT NULL, k int NULL, d decimal(5, 2) NULL, s varchar(10) NULL, a int NOT NULL,
          b int NOT NULL)
        """);
    String[] strings = {"a", "A", "ab", "AB", "Ab ", "b", "B", "ba", "bz", "c", ""};
    Random random = new Random(42);
    StringBuilder values = new StringBuilder();
    for (int id = 0; id < 40; id++) {
      String k = random.nextInt(6) == 0 ? "NULL" : Integer.toString(random.nextInt(12));
      String d = random.nextInt(6) == 0 ? "NULL" : random.nextInt(1100) / 100 + "." + random.nextInt(10) + "0";
      String s = random.nextInt(6) == 0 ? "NULL" : "'" + strings[random.nextInt(strings.length)] + "'";
      values.append(values.isEmpty() ? "" : ", ")
          .append("(%d, %s, %s, %s, %d, %d)".formatted(id, k, d, s, id % 3, id / 3));
    }
    TestSessions.run(session, "INSERT INTO t VALUES " + values + " INSERT INTO h SELECT * FROM t");
  }

  /** The rows count and the table's rows after the change, which is then rolled back. */
  private static List<String> changed(QuernSession session, String table, String change, String where) {
    List<String> out =
        rows(
            session,
            "BEGIN TRAN " + change.formatted(table) + where + " SELECT @@ROWCOUNT SELECT id, k, b FROM " + table
                + " ORDER BY id");
    TestSessions.run(session, "ROLLBACK");
    return out;
  }

  private static List<String> rows(QuernSession session, String sql) {
    CollectingSink sink = TestSessions.run(session, sql);
    List<String> out = new ArrayList<>();
    for (var e : sink.events) {
      if (e instanceof CollectingSink.Row r) {
        out.add(Arrays.toString(r.values()));
      } else if (e instanceof CollectingSink.Message m) {
        out.add(m.message().toString());
      }
    }
    return out;
  }
}
