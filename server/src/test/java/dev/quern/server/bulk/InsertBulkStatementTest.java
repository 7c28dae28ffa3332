package dev.quern.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsertBulkStatementTest {
  @Test
  void readsWhatMssqlJdbcSends() {
    InsertBulkStatement s = InsertBulkStatement.parse(
        "INSERT BULK [bt] ([id] INT , [v] FLOAT , [s] NVARCHAR(20) COLLATE "
            + "SQL_Latin1_General_CP1_CI_AS, [d] DECIMAL(10,2) ) with (CHECK_CONSTRAINTS, "
            + "KEEP_IDENTITY, ROWS_PER_BATCH = 1000)");
    assertThat(s.table()).isEqualTo("[bt]");
    assertThat(s.columns()).containsExactly(
        new InsertBulkStatement.Column("[id]", "INT"),
        new InsertBulkStatement.Column("[v]", "FLOAT"),
        new InsertBulkStatement.Column("[s]", "NVARCHAR(20)"),
        new InsertBulkStatement.Column("[d]", "DECIMAL(10,2)"));
    assertThat(s.options()).containsExactlyInAnyOrder("CHECK_CONSTRAINTS", "KEEP_IDENTITY",
        "ROWS_PER_BATCH");
  }

  @Test
  void keepsMultiPartAndQuotedNamesAsWritten() {
    InsertBulkStatement s = InsertBulkStatement.parse(
        "  insert /* c */ bulk db.[my]]schema].\"t x\" (a int, [b,c] varchar(max))");
    assertThat(s.table()).isEqualTo("db.[my]]schema].\"t x\"");
    assertThat(s.columns()).extracting(InsertBulkStatement.Column::name)
        .isEqualTo(List.of("a", "[b,c]"));
    assertThat(s.options()).isEmpty();
  }

  @Test
  void otherBatchesAreNotBulkStatements() {
    assertThat(InsertBulkStatement.parse("INSERT INTO t VALUES (1)")).isNull();
    assertThat(InsertBulkStatement.parse("INSERT BULKY t (a int)")).isNull();
    assertThat(InsertBulkStatement.parse("SELECT 1")).isNull();
  }

  @Test
  void malformedStatementsAreRejected() {
    assertThatThrownBy(() -> InsertBulkStatement.parse("INSERT BULK t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InsertBulkStatement.parse("INSERT BULK t (a int"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InsertBulkStatement.parse("INSERT BULK t (a)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InsertBulkStatement.parse("INSERT BULK [t (a int)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InsertBulkStatement.parse("INSERT BULK t (a int) junk"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
