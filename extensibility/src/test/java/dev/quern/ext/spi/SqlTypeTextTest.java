package dev.quern.ext.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlTypeTextTest {
  @Test
  void formatsAndParsesEveryTypeBack() {
    for (TypeId id : TypeId.values()) {
      SqlType t = switch (id) {
        case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> SqlType.ofLength(id, 30);
        case DECIMAL, NUMERIC -> new SqlType(id, 0, 18, 4);
        case TIME, DATETIME2, DATETIMEOFFSET -> SqlType.withScale(id, 3);
        default -> SqlType.of(id);
      };
      assertThat(SqlTypeText.parse(SqlTypeText.format(t))).as("%s", t).isEqualTo(t);
    }
    assertThat(SqlTypeText.format(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX))).isEqualTo("varbinary(max)");
    assertThat(SqlTypeText.parse("NVARCHAR(MAX)")).isEqualTo(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
    assertThatThrownBy(() -> SqlTypeText.parse("nosuchtype")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorsCarryTheDocumentedNumbersAndTexts() {
    UUID id = UUID.fromString("7a70b3fb-0000-0000-0000-000000000001");
    ExternalScriptException e = ExternalScriptErrors.runtimeLost("Python", id, "gone");
    assertThat(e.errors()).containsExactly(
        new ExternalScriptError(39012, 16, 14, "Unable to communicate with the runtime for 'Python' script for request id: 7A70B3FB-0000-0000-0000-000000000001. Please check the requirements of 'Python' runtime."),
        new ExternalScriptError(39019, 16, 2, "An external script error occurred: \ngone"));
    assertThat(e.withOutput("o", "e").stdout()).isEqualTo("o");
  }

  @Test
  void cancellationRunsActionsOnceAndLateRegistrationsAtOnce() {
    CancellationHandle c = new CancellationHandle();
    int[] runs = new int[2];
    Runnable unregister = c.onCancel(() -> runs[0]++);
    c.cancel();
    c.cancel();
    c.onCancel(() -> runs[1]++);
    unregister.run();
    assertThat(runs).containsExactly(1, 1);
  }

  @Test
  void requestDefaultsAreTheDocumentedOnes() {
    ExternalScriptRequest r = ExternalScriptRequest.builder("Python", "x", "sa").build();
    assertThat(r.inputDataName()).isEqualTo("InputDataSet");
    assertThat(r.outputDataName()).isEqualTo("OutputDataSet");
    assertThat(r.resourcePool()).isEqualTo("default");
    assertThat(r.parameters()).isEmpty();
    assertThatThrownBy(() -> new ExternalParameter("n", SqlType.of(TypeId.INT), 1, false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RowSource.of(List.of(), List.<Object[]>of(new Object[0])).next(new Object[4][])).isEqualTo(1);
  }
}
