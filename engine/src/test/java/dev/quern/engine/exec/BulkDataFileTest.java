package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.error.SqlException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BulkDataFile's record splitting, without a server. */
class BulkDataFileTest {
  private static BulkInsertOptions options(String fields, String rows, boolean csv) {
    return new BulkInsertOptions(fields, rows, csv, '"', false, 1, 0, 10, false, false, false, false, false, 0, null, null);
  }

  private static List<List<String>> read(String text, BulkInsertOptions o, int columns, int maxField) {
    List<List<String>> out = new ArrayList<>();
    try (BulkDataFile f = new BulkDataFile(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o, BulkDataFile.layout(o, columns), false, false,
        "f", maxField)) {
      for (BulkDataFile.Record r; (r = f.next()) != null; ) {
        out.add(java.util.Arrays.asList(r.fields()));
      }
    }
    return out;
  }

  @Test
  void multiCharacterTerminatorsAndEmptyFields() {
    assertThat(read("a||b##||c##", options("||", "##", false), 2, 100))
        .containsExactly(List.of("a", "b"), java.util.Arrays.asList(null, "c"));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    assertThat(read("\uFEFF1\tx\n", options(null, "\n", false), 2, 100)).containsExactly(List.of("1", "x"));
  }

  @Test
  void csvQuotedFieldAtTheEndOfTheFileAndACrLfRowTerminator() {
    assertThat(read("1,\"a\"\"b\"\r\n2,\"c\"", options(null, "\r\n", true), 2, 100))
        .containsExactly(List.of("1", "a\"b"), List.of("2", "c"));
  }

  @Test
  void csvTooFewFieldsIs4879AtTheColumnThatEndedTheRow() {
    assertThatThrownBy(() -> read("1,a\n2\n", options(null, "\n", true), 2, 100))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.toMessages()).extracting(SqlMessage::text)
            .first().isEqualTo("Bulk load failed due to invalid column value in CSV data file f in row 2, column 1."));
  }

  @Test
  void aFieldLongerThanTheLimitIs4866NotAnOutOfMemoryServer() {
    assertThatThrownBy(() -> read("1\t" + "x".repeat(50) + "\n", options(null, "\n", false), 2, 16))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.toMessages()).extracting(SqlMessage::number).containsExactly(4866, 7399, 7330);
          assertThat(e.toMessages().getFirst().text()).startsWith("The bulk load failed. The column is too long in the data file for row 1, column 2.");
        });
  }
}
