package dev.quern.engine.binder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.func.FunctionRegistry;
import dev.quern.engine.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Each FROM source of a query is bound once, however its columns were learned first: {@code
 * SELECT *} over a derived table, the left side of APPLY, the source of PIVOT. Before, learning a
 * derived table's columns bound it, and binding the query bound it again, so n nested derived
 * tables were bound 2^n times (a 500-deep nest never finished).
 */
class SourceBindCountTest {
  private static final FunctionRegistry FUNCTIONS = FunctionRegistry.builtins();

  private static long binds(String sql) {
    BindContext bind = new BindContext(new VariableScope(), FUNCTIONS, null, false);
    var select = (dev.quern.engine.ast.SelectStatement) Parser.parseBatch(sql, true).getFirst();
    new QueryBinder(bind).bindQuery(select.query());
    return bind.learned().sourceBinds();
  }

  private static String nested(int depth) {
    String sql = "SELECT 1 AS a, 2 AS b";
    for (int i = 0; i < depth; i++) {
      sql = "SELECT * FROM (" + sql + ") x";
    }
    return sql;
  }

  @Test
  void nestedDerivedTablesUnderStarAreBoundOnceEach() {
    assertThat(binds(nested(1))).isEqualTo(1);
    assertThat(binds(nested(20))).isEqualTo(20);
    assertThat(binds(nested(100))).isEqualTo(100);
  }

  @Test
  void joinedDerivedTablesUnderStarAreBoundOnceEach() {
    // The join, and each side: three sources, each bound once.
    String sql = "SELECT * FROM (" + nested(10) + ") l JOIN (" + nested(10) + ") r ON l.a = r.a";
    assertThat(binds(sql)).isEqualTo(1 + 2 * 11);
  }

  @Test
  void applyReadsItsLeftSideOnce() {
    String sql = "SELECT * FROM (" + nested(10) + ") l CROSS APPLY (SELECT l.a AS c) r";
    // The APPLY, its left side (11 derived tables) and its right side.
    assertThat(binds(sql)).isEqualTo(1 + 11 + 1);
  }

  @Test
  void pivotSourceIsBoundOnce() {
    // Ten more derived tables in the source: ten more binds (not twice as many).
    assertThat(binds(pivot(20)) - binds(pivot(10))).isEqualTo(10);
  }

  private static String pivot(int depth) {
    return "SELECT * FROM (" + nested(depth) + ") s PIVOT (SUM(b) FOR a IN ([1], [2])) p";
  }

  @Test
  void eachReferenceToACommonTableExpressionIsBoundOnce() {
    String sql = "WITH c AS (" + nested(5) + ") SELECT * FROM c x JOIN c y ON x.a = y.a";
    // The join, and per reference the CTE and the 5 derived tables it holds.
    assertThat(binds(sql)).isEqualTo(1 + 2 * 6);
  }

  @Test
  void groupedBlocksWithWindowsNestWithoutDoublingAtEachLevel() {
    // Each level's trial binding (to count its aggregates) bound the level below again: 2^20.
    assertThat(binds(windowed(20))).isLessThan(1_000);
  }

  private static String windowed(int depth) {
    String sql = "SELECT 1 AS a";
    for (int i = 0; i < depth; i++) {
      sql = "SELECT a, (SELECT TOP 1 q.a FROM (" + sql + ") q) AS b, ROW_NUMBER() OVER (ORDER BY COUNT(*)) AS r"
          + " FROM (SELECT 1 AS a) t GROUP BY a";
    }
    return sql;
  }
}
