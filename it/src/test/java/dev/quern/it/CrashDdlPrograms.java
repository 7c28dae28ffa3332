package dev.quern.it;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two DDL loops of {@link CrashDdlIT}. One rebuilds dbo.docs under its writers: index builds
 * and drops (unique, filtered, with INCLUDE), rebuilds, columns added with defaults, widened,
 * renamed and dropped, CHECK and UNIQUE constraints. The other works beside it: LOB rows into
 * dbo.side and TRUNCATE, a table created, filled, indexed and dropped, SELECT INTO of dbo.docs
 * with its LOBs and a clustered index built on the copy. Each loop ends where it began.
 */
final class CrashDdlPrograms {
  private CrashDdlPrograms() {}

  static DdlProgram docs() {
    String extra1 = SchemaFacts.column("docs", "extra1", "int", null, true);
    String extra2 = SchemaFacts.column("docs", "extra2", "int", null, true);
    String extra2Wide = SchemaFacts.column("docs", "extra2", "bigint", null, true);
    String extra1Wide = SchemaFacts.column("docs", "extra1", "bigint", null, true);
    String cDef = SchemaFacts.column("docs", "c_def", "int", null, false);
    String cNarrow = SchemaFacts.column("docs", "c_w", "varchar", 10, true);
    String cWide = SchemaFacts.column("docs", "c_w", "varchar", 200, true);
    return new DdlProgram("docs", List.of(
        DdlStep.of("CREATE INDEX ix_grp ON dbo.docs (grp)", "index docs.ix_grp"),
        DdlStep.of("CREATE UNIQUE INDEX ux_name ON dbo.docs (name)", "index docs.ux_name unique"),
        DdlStep.of("ALTER TABLE dbo.docs ADD c_def int NOT NULL CONSTRAINT df_docs_c_def DEFAULT 7",
            cDef, "constraint docs.df_docs_c_def D"),
        DdlStep.of("CREATE INDEX ix_filtered ON dbo.docs (grp, ver) INCLUDE (blen) WHERE grp >= 5",
            "index docs.ix_filtered filtered"),
        DdlStep.of("ALTER INDEX ix_grp ON dbo.docs REBUILD"),
        DdlStep.of("ALTER TABLE dbo.docs ADD c_w varchar(10) NULL", cNarrow),
        DdlStep.replacing("ALTER TABLE dbo.docs ALTER COLUMN c_w varchar(200) NULL",
            Set.of(cNarrow), Set.of(cWide)),
        DdlStep.of("ALTER TABLE dbo.docs ADD CONSTRAINT ck_docs_ver CHECK (ver > 0)",
            "constraint docs.ck_docs_ver C"),
        DdlStep.of("ALTER TABLE dbo.docs ADD CONSTRAINT uq_docs_name UNIQUE (name)",
            "constraint docs.uq_docs_name UQ", "index docs.uq_docs_name unique"),
        DdlStep.replacing("EXEC sp_rename 'dbo.docs.extra1', 'extra2', 'COLUMN'",
            Set.of(extra1), Set.of(extra2)),
        DdlStep.of("ALTER INDEX ALL ON dbo.docs REBUILD"),
        DdlStep.replacing("ALTER TABLE dbo.docs ALTER COLUMN extra2 bigint NULL",
            Set.of(extra2), Set.of(extra2Wide)),
        DdlStep.removing("DROP INDEX ix_grp ON dbo.docs", "index docs.ix_grp"),
        DdlStep.removing("ALTER TABLE dbo.docs DROP CONSTRAINT uq_docs_name",
            "constraint docs.uq_docs_name UQ", "index docs.uq_docs_name unique"),
        DdlStep.removing("ALTER TABLE dbo.docs DROP CONSTRAINT ck_docs_ver",
            "constraint docs.ck_docs_ver C"),
        DdlStep.removing("ALTER TABLE dbo.docs DROP COLUMN c_w", cWide),
        // One transaction: between the two, c_def would be NOT NULL without a default.
        DdlStep.removing("BEGIN TRANSACTION; ALTER TABLE dbo.docs DROP CONSTRAINT df_docs_c_def; "
            + "ALTER TABLE dbo.docs DROP COLUMN c_def; COMMIT", "constraint docs.df_docs_c_def D", cDef),
        DdlStep.removing("DROP INDEX ux_name ON dbo.docs", "index docs.ux_name unique"),
        DdlStep.removing("DROP INDEX dbo.docs.ix_filtered", "index docs.ix_filtered filtered"),
        DdlStep.replacing("EXEC sp_rename 'dbo.docs.extra2', 'extra1', 'COLUMN'",
            Set.of(extra2Wide), Set.of(extra1Wide)),
        DdlStep.replacing("ALTER TABLE dbo.docs ALTER COLUMN extra1 int NULL",
            Set.of(extra1Wide), Set.of(extra1))),
        SchemaFacts::docs);
  }

  /** dbo.side: {@code sid int IDENTITY PRIMARY KEY, ch char(1), len int, body varbinary(max)}. */
  static DdlProgram side() {
    return new DdlProgram("side", List.of(
        insertSide(),
        DdlStep.of("CREATE TABLE dbo.side2 (id int NOT NULL PRIMARY KEY, w int NULL, "
            + "v varbinary(max) NULL)", "table side2", "rows side2=0"),
        new DdlStep("INSERT INTO dbo.side2 (id, w, v) SELECT sid, sid % 3, body FROM dbo.side",
            facts -> setCount(facts, "side2", count(facts, "side"))),
        DdlStep.of("CREATE INDEX ix_side2_w ON dbo.side2 (w)", "index side2.ix_side2_w"),
        DdlStep.of("SELECT id, ver, body, note INTO dbo.docs_copy FROM dbo.docs", "table docs_copy"),
        DdlStep.of("CREATE UNIQUE CLUSTERED INDEX cx_copy ON dbo.docs_copy (id)",
            "index docs_copy.cx_copy unique"),
        insertSide(),
        new DdlStep("TRUNCATE TABLE dbo.side2", facts -> setCount(facts, "side2", 0)),
        new DdlStep("TRUNCATE TABLE dbo.side", facts -> setCount(facts, "side", 0)),
        new DdlStep("DROP TABLE dbo.side2", facts -> without(facts, "table side2",
            "rows side2=" + count(facts, "side2"), "index side2.ix_side2_w")),
        DdlStep.removing("DROP TABLE dbo.docs_copy", "table docs_copy",
            "index docs_copy.cx_copy unique")),
        SchemaFacts::sideTables);
  }

  /** Three rows whose bodies are 20-120 KB of one letter: LOBs whose content the row names. */
  private static DdlStep insertSide() {
    String row = "('%1$s', %2$d, CAST(REPLICATE(CAST('%1$s' AS varchar(max)), %2$d) AS varbinary(max)))";
    return new DdlStep("INSERT INTO dbo.side (ch, len, body) VALUES "
        + String.format(row, "a", 20_000) + ", " + String.format(row, "b", 70_000) + ", "
        + String.format(row, "c", 120_000),
        facts -> setCount(facts, "side", count(facts, "side") + 3));
  }

  private static int count(Set<String> facts, String table) {
    String prefix = "rows " + table + "=";
    return facts.stream().filter(f -> f.startsWith(prefix))
        .mapToInt(f -> Integer.parseInt(f.substring(prefix.length()))).findFirst()
        .orElseThrow(() -> new IllegalStateException("no row count of " + table + " in " + facts));
  }

  private static Set<String> setCount(Set<String> facts, String table, int rows) {
    Set<String> out = new TreeSet<>(facts);
    out.removeIf(f -> f.startsWith("rows " + table + "="));
    out.add("rows " + table + "=" + rows);
    return out;
  }

  private static Set<String> without(Set<String> facts, String... removes) {
    Set<String> out = new TreeSet<>(facts);
    for (String r : removes) {
      if (!out.remove(r)) {
        throw new IllegalStateException("step removes " + r + ", not in " + facts);
      }
    }
    return out;
  }
}
