package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a module's parsed definition refers to (sys.sql_expression_dependencies' raw material). */
class ModuleReferencesTest {
  private static List<String> names(ModuleReferences.Parsed p) {
    return p.references().stream().map(u -> String.join(".", u.parts)).toList();
  }

  private static ModuleReferences.Usage usage(ModuleReferences.Parsed p, String name) {
    return p.references().stream().filter(u -> String.join(".", u.parts).equals(name)).findFirst().orElseThrow();
  }

  @Test
  void viewColumnsAreFoundThroughTheirAliases() {
    var p = ModuleReferences.of(new View(1, 1, "v",
        "CREATE VIEW v AS WITH c AS (SELECT k FROM dbo.other) "
            + "SELECT t.a, o.b, c.k FROM s.t AS t JOIN o ON o.id = t.id JOIN c ON c.k = t.a"));
    assertThat(p.complete()).isTrue();
    assertThat(names(p)).containsExactlyInAnyOrder("dbo.other", "s.t", "o");
    assertThat(usage(p, "s.t").selectedColumns).containsExactlyInAnyOrder("a", "id");
    assertThat(usage(p, "o").selectedColumns).containsExactlyInAnyOrder("b", "id");
  }

  @Test
  void procedureBodiesNameWhatTheyWriteCallAndExecute() {
    var p = ModuleReferences.of(new Procedure(2, 1, "p", """
        CREATE PROCEDURE p AS
        BEGIN
          CREATE TABLE #w (n int);
          DECLARE @v TABLE (n int);
          INSERT INTO dbo.log VALUES (NEXT VALUE FOR dbo.seq);
          UPDATE t SET x = dbo.f(1) FROM t WHERE y = 2;
          SELECT * FROM otherdb.dbo.far, #w;
          INSERT INTO @v SELECT n FROM #w;
          EXEC dbo.q;
          EXEC sp_executesql N'SELECT 1';
        END"""));
    assertThat(names(p)).containsExactlyInAnyOrder("dbo.log", "dbo.seq", "t", "dbo.f", "otherdb.dbo.far", "dbo.q");
    assertThat(usage(p, "dbo.log").insertAll).isTrue();
    assertThat(usage(p, "t").updatedColumns).containsExactly("x");
    assertThat(usage(p, "t").readsRows).isTrue();
    assertThat(usage(p, "otherdb.dbo.far").selectAll).isTrue();
    assertThat(usage(p, "dbo.q").executed).isTrue();
    assertThat(p.unqualifiedColumns()).contains("y");
  }

  @Test
  void aDefinitionThatNoLongerParsesIsIncomplete() {
    var p = ModuleReferences.of(new Procedure(3, 1, "bad", "CREATE PROCEDURE bad AS SELECT FROM WHERE"));
    assertThat(p.complete()).isFalse();
  }

  @Test
  void tableExpressionsNameFunctionsAndColumns() {
    var p = ModuleReferences.ofExpression("dbo.f(a) + b");
    assertThat(names(p)).containsExactly("dbo.f");
    assertThat(p.unqualifiedColumns()).containsExactly("a", "b");
  }
}
