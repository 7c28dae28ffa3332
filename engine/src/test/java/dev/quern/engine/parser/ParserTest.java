package dev.quern.engine.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.ast.AtTimeZoneExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.ExecuteStatement;
import dev.quern.engine.ast.SelectStatement;
import dev.quern.engine.ast.SetOptionStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.error.SqlException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static List<Statement> parse(String sql) {
    return Parser.parseBatch(sql, true);
  }

  private static String printed(String sql) {
    return String.join("; ", parse(sql).stream().map(Statement::toSql).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "SELECT 1 + 2 * 3 AS x, N'a' AS [b c], 'it''s'",
        "SELECT -x, ~1, (1 + 2) * 3",
        "SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END, CASE @x WHEN 1 THEN 2 END",
        "SELECT CAST(1 AS nvarchar(10)), TRY_CONVERT(decimal(10, 2), '1.5', 0)",
        "SELECT COUNT(*), COUNT(DISTINCT value), SUM(value) FROM GENERATE_SERIES(1, 10) AS s"
            + " WHERE value BETWEEN 2 AND 8 AND value NOT IN (3, 4) OR value LIKE '1%' ESCAPE '!'"
            + " GROUP BY value % 2 HAVING COUNT(*) > 1 ORDER BY 1 DESC",
        "SELECT TOP (5) PERCENT value FROM GENERATE_SERIES(1, 100)",
        "SELECT value FROM GENERATE_SERIES(1, 10) ORDER BY value OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
        "DECLARE @a int = 1, @b nvarchar(max)",
        "SET @a += 1",
        "SELECT @a = 1, @b = N'x'",
        "SET ANSI_NULLS ON",
        "SET NOEXEC, PARSEONLY, FMTONLY OFF",
        "SET TRANSACTION ISOLATION LEVEL READ COMMITTED",
        "SET LOCK_TIMEOUT -1",
        "SET DATEFORMAT mdy",
        "IF @a IS NULL PRINT 'x' ELSE PRINT 'y'",
        "WHILE @i < 10 BEGIN SET @i = @i + 1; IF @i = 5 BREAK; CONTINUE; END",
        "BEGIN TRY SELECT 1 / 0; END TRY BEGIN CATCH THROW; END CATCH",
        "THROW 50000, 'x', 1",
        "RAISERROR('m %d', 16, 1, 5) WITH NOWAIT, LOG",
        "EXEC @r = sp_executesql N'SELECT @p', N'@p int', @p = 1",
        "EXEC sp_x 1, @v OUTPUT, DEFAULT",
        "EXEC (N'SELECT 1')",
        "BEGIN TRANSACTION t1",
        "COMMIT TRANSACTION",
        "ROLLBACK TRANSACTION sp1",
        "SAVE TRANSACTION sp1",
        "WAITFOR DELAY '00:00:01'",
        "USE [master]",
        "RETURN",
        "SELECT IIF(1 < 2, 'a', 'b'), COALESCE(NULL, 1), NULLIF(1, 2), @@VERSION, CURRENT_TIMESTAMP",
        "SELECT DATEADD(day, 1, '2020-01-01'), LEFT('abc', 1)",
        "SELECT 1 WHERE 1 IN (SELECT 1) AND 2 > ALL (SELECT 1) AND NOT EXISTS (SELECT 1)",
        "SELECT (SELECT MAX(value) FROM GENERATE_SERIES(1, 3)) AS m",
        "SELECT 1 AS a UNION ALL SELECT 2 EXCEPT SELECT 3 INTERSECT SELECT 4 ORDER BY a DESC",
        "MERGE TOP (2) INTO t WITH (HOLDLOCK) AS x USING (SELECT 1 AS a) AS s ON x.a = s.a"
            + " WHEN MATCHED AND s.a > 1 THEN DELETE WHEN MATCHED THEN UPDATE SET b = s.a, c = DEFAULT"
            + " WHEN NOT MATCHED THEN INSERT (a) VALUES (s.a) WHEN NOT MATCHED BY SOURCE THEN DELETE"
            + " OUTPUT $action, inserted.*;",
        "MERGE t USING u ON t.a = u.a WHEN NOT MATCHED BY TARGET THEN INSERT DEFAULT VALUES;",
        "SELECT d AT TIME ZONE 'UTC' AT TIME ZONE tz, (d AT TIME ZONE 'UTC') AT TIME ZONE (N'a' + N'b') FROM t",
      })
  void printsBackAsSqlThatParsesToTheSameTree(String sql) {
    String once = printed(sql);
    assertThat(printed(once)).isEqualTo(once);
  }

  @Test
  void multiplicationBindsTighterThanAddition() {
    var select = (SelectStatement) parse("SELECT 1 + 2 * 3").getFirst();
    var item = (dev.quern.engine.ast.SelectItem.Column) select.query().items().getFirst();
    assertThat(item.expr()).isInstanceOfSatisfying(BinaryExpr.class, b -> {
      assertThat(b.op()).isEqualTo('+');
      assertThat(b.right()).isInstanceOf(BinaryExpr.class);
    });
  }

  @Test
  void atTimeZoneBindsTighterThanAdditionAndChainsLeftToRight() {
    var select = (SelectStatement) parse("SELECT d AT TIME ZONE 'UTC' AT TIME ZONE 'Tokyo' + x, d at").getFirst();
    var item = (dev.quern.engine.ast.SelectItem.Column) select.query().items().getFirst();
    assertThat(item.expr()).isInstanceOfSatisfying(BinaryExpr.class, b -> {
      assertThat(b.op()).isEqualTo('+');
      assertThat(b.left()).isInstanceOfSatisfying(AtTimeZoneExpr.class, outer -> {
        assertThat(outer.zone().toSql()).isEqualTo("'Tokyo'");
        assertThat(outer.operand()).isInstanceOf(AtTimeZoneExpr.class);
      });
    });
    var alias = (dev.quern.engine.ast.SelectItem.Column) select.query().items().get(1);
    assertThat(alias.alias()).isEqualTo("at");
  }

  @Test
  void splitsStatementsWithoutSemicolons() {
    List<Statement> s = parse("SELECT @@MAX_PRECISION\r\nSET TRANSACTION ISOLATION LEVEL READ COMMITTED\r\n"
        + "SET IMPLICIT_TRANSACTIONS OFF\r\nSET QUOTED_IDENTIFIER ON\r\nSET TEXTSIZE 2147483647");
    assertThat(s).hasSize(5);
    assertThat(s.get(4)).isInstanceOf(SetOptionStatement.class);
    assertThat(s).extracting(Statement::line).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void bareProcedureNameIsACallOnlyFirstInTheBatch() {
    assertThat(parse("sp_datatype_info_100 @ODBCVer=3").getFirst())
        .isInstanceOfSatisfying(ExecuteStatement.class, e -> {
          assertThat(e.procName()).containsExactly("sp_datatype_info_100");
          assertThat(e.args()).hasSize(1);
        });
    assertThat(parse("GO").getFirst()).isInstanceOf(ExecuteStatement.class);
    assertThatThrownBy(() -> parse("SELECT 1 sp_who 1"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.number()).isEqualTo(102));
  }

  @Test
  void reportsSyntaxErrorsNearTheToken() {
    assertThatThrownBy(() -> parse("SELECT 1 +"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.number()).isEqualTo(102);
          assertThat(e.text()).isEqualTo("Incorrect syntax near '+'.");
        });
    assertThatThrownBy(() -> parse("SELECT FROM"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.number()).isEqualTo(156);
          assertThat(e.text()).isEqualTo("Incorrect syntax near the keyword 'FROM'.");
        });
  }

  @Test
  void parsesParameterDefinitions() {
    var defs = ParameterListParser.parse("@P0 int,@P1 nvarchar(4000) OUTPUT, @P2 decimal(38,2)");
    assertThat(defs).extracting(d -> d.toSql())
        .containsExactly("@P0 int", "@P1 nvarchar(4000) OUTPUT", "@P2 decimal(38, 2)");
  }
}
