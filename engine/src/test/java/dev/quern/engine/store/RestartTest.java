package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing and reopening the engine on its data directory keeps what was committed, only that. */
class RestartTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  @Test
  void catalogRowsAndIdentityContinueAfterRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE shop");
      rows(s, "CREATE TABLE shop.dbo.orders (id int IDENTITY(1,1) PRIMARY KEY, item varchar(10) NOT NULL)");
      rows(s, "INSERT INTO shop.dbo.orders (item) VALUES ('a'), ('b')");
      rows(s, "BEGIN TRAN INSERT INTO shop.dbo.orders (item) VALUES ('u')");
      // The session ends with its transaction open: the engine closes, the row must not survive.
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT id, item FROM shop.dbo.orders ORDER BY id")).containsExactly("1,a", "2,b");
      rows(s, "USE shop");
      rows(s, "INSERT INTO orders (item) VALUES ('c')");
      // Identity values are never reused, even those of rolled-back inserts.
      assertThat(rows(s, "SELECT MAX(id), COUNT(*) FROM orders")).containsExactly("4,3");
      assertThat(rows(s, "SELECT name FROM sys.databases WHERE name = 'shop'")).containsExactly("shop");
    }
  }

  @Test
  void rowversionColumnsAndTheDatabaseCounterContinueAfterRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE TABLE v (id int PRIMARY KEY, rv rowversion)");
      rows(s, "INSERT INTO v (id) VALUES (1), (2)");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      // Still a rowversion column: stamped, not assignable.
      assertThat(TestSessions.run(s, "UPDATE v SET rv = 0x01").errors()).extracting(m -> m.number())
          .containsExactly(272);
      rows(s, "INSERT INTO v (id) VALUES (3)");
      rows(s, "UPDATE v SET id = 4 WHERE id = 1");
      // Values keep increasing past those handed out before the restart, and @@DBTS follows them.
      assertThat(rows(s, "SELECT COUNT(*) FROM v WHERE rv > 0x00000000000007D2")).containsExactly("2");
      assertThat(rows(s, "SELECT CASE WHEN MAX(rv) = @@DBTS THEN 1 ELSE 0 END FROM v")).containsExactly("1");
      assertThat(rows(s, "SELECT system_type_id FROM sys.columns WHERE name = 'rv'")).containsExactly("189");
    }
  }

  @Test
  void databaseOptionsKeyOptionsAndCheckpointedRowsStayAfterRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE kept");
      rows(s, "ALTER DATABASE kept SET RECOVERY SIMPLE, COMPATIBILITY_LEVEL = 140");
      rows(s, "CREATE TABLE kept.dbo.t (id int PRIMARY KEY WITH (IGNORE_DUP_KEY = ON))"
          + " INSERT kept.dbo.t VALUES (1) CHECKPOINT INSERT kept.dbo.t VALUES (2)");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT recovery_model_desc, compatibility_level FROM sys.databases WHERE name = 'kept'"))
          .containsExactly("SIMPLE,140");
      // Rows written before and after a CHECKPOINT are both there.
      assertThat(rows(s, "SELECT COUNT(*) FROM kept.dbo.t")).containsExactly("2");
      // The key still drops duplicates.
      rows(s, "INSERT kept.dbo.t VALUES (2), (3)");
      assertThat(rows(s, "SELECT COUNT(*) FROM kept.dbo.t")).containsExactly("3");
    }
  }

  @Test
  void droppedTableStaysDropped() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE TABLE t (a int) INSERT INTO t VALUES (1) DROP TABLE t CREATE TABLE t (b varchar(3))");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT COUNT(*) FROM t")).containsExactly("0");
      CollectingSink sink = TestSessions.run(s, "SELECT a FROM t");
      assertThat(sink.errors()).extracting(m -> m.number()).containsExactly(207);
    }
  }

  @Test
  void computedColumnsAndFilteredIndexesContinueAfterRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE TABLE r (id int PRIMARY KEY, w int, h int, area AS w * h PERSISTED, half AS w / 2,"
          + " code varchar(5))");
      rows(s, "CREATE INDEX ix_area ON r (area)");
      rows(s, "CREATE UNIQUE INDEX ux_code ON r (code) WHERE code IS NOT NULL");
      rows(s, "INSERT INTO r (id, w, h, code) VALUES (1, 2, 3, 'a'), (2, 4, 5, NULL), (3, 6, 1, NULL)");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT id, area, half FROM r WHERE area = 6 ORDER BY id")).containsExactly("1,6,1", "3,6,3");
      rows(s, "INSERT INTO r (id, w, h, code) VALUES (4, 1, 1, NULL)");
      CollectingSink duplicate = TestSessions.run(s, "INSERT INTO r (id, w, h, code) VALUES (5, 1, 1, 'A')");
      assertThat(duplicate.errors()).extracting(m -> m.number()).containsExactly(2601);
      assertThat(rows(s, "SELECT filter_definition FROM sys.indexes WHERE name = 'ux_code'"))
          .containsExactly("([code] IS NOT NULL)");
      assertThat(rows(s, "SELECT name, is_persisted FROM sys.computed_columns ORDER BY column_id"))
          .containsExactly("area,true", "half,false");
    }
  }

  @Test
  void aSequenceRestartPointSurvivesRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE SEQUENCE seq START WITH 1 CACHE 100");
      assertThat(rows(s, "SELECT NEXT VALUE FOR seq")).containsExactly("1");
      rows(s, "ALTER SEQUENCE seq RESTART WITH 500 INCREMENT BY 10");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT NEXT VALUE FOR seq")).containsExactly("500");
      assertThat(rows(s, "SELECT NEXT VALUE FOR seq")).containsExactly("510");
      rows(s, "ALTER SEQUENCE seq RESTART");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT NEXT VALUE FOR seq")).containsExactly("500");
    }
  }

  @Test
  void functionsOfEveryKindSurviveRestartAndARolledBackDropDoesNotLoseOne() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE FUNCTION dbo.twice (@v int) RETURNS int AS BEGIN RETURN 2 * @v END");
      rows(s, "CREATE FUNCTION dbo.upto (@n int) RETURNS TABLE AS RETURN (SELECT value AS n FROM GENERATE_SERIES(1, @n))");
      rows(s, "CREATE FUNCTION dbo.pairs (@n int) RETURNS @t TABLE (a int, b int) AS "
          + "BEGIN INSERT @t SELECT n, dbo.twice(n) FROM dbo.upto(@n); RETURN END");
      rows(s, "CREATE FUNCTION dbo.gone () RETURNS int AS BEGIN RETURN 0 END");
      rows(s, "BEGIN TRAN DROP FUNCTION dbo.twice ROLLBACK");
      rows(s, "DROP FUNCTION dbo.gone");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT a, b FROM dbo.pairs(3) ORDER BY a")).containsExactly("1,2", "2,4", "3,6");
      assertThat(rows(s, "SELECT name, type FROM sys.objects WHERE type IN ('FN', 'IF', 'TF') ORDER BY name"))
          .containsExactly("pairs,TF", "twice,FN", "upto,IF");
      assertThat(rows(s, "SELECT dbo.twice(21)")).containsExactly("42");
    }
  }
}
