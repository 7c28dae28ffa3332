package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a top-level FOR XML result reaches the client: without TYPE under SQL Server's column name in
 * 2033-character rows; with TYPE as one unnamed xml value, NULL when there was no row.
 */
class ForXmlTest {
  @Test
  void aLongTextGoesOutInRowsOf2033CharactersThatJoinBackToIt() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CollectingSink sink = TestSessions.run(
          session, "SELECT value AS v, REPLICATE(N'x', 100) AS s FROM GENERATE_SERIES(1, 50) FOR XML PATH('r')");
      assertThat(sink.errors()).isEmpty();
      assertThat(columns(sink)).singleElement().satisfies(c -> {
        assertThat(c.name()).isEqualTo("XML_F52E2B61-18A1-11d1-B105-00805F49916B");
        assertThat(c.type().id()).isEqualTo(TypeId.NVARCHAR);
      });

      List<String> chunks = sink.rows().stream().map(r -> (String) r[0]).toList();
      StringBuilder expected = new StringBuilder();
      for (int v = 1; v <= 50; v++) {
        expected.append("<r><v>").append(v).append("</v><s>").append("x".repeat(100)).append("</s></r>");
      }
      assertThat(String.join("", chunks)).isEqualTo(expected.toString());
      assertThat(chunks).hasSize((expected.length() + 2032) / 2033);
      assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c).hasSize(2033));
    }
  }

  @Test
  void underTypeTheResultIsOneUnnamedXmlValueAndNullWhenThereWasNoRow() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CollectingSink sink = TestSessions.run(
          session, "SELECT value AS v FROM GENERATE_SERIES(1, 3) FOR XML RAW, TYPE");
      assertThat(sink.errors()).isEmpty();
      assertThat(columns(sink)).singleElement().satisfies(c -> {
        assertThat(c.name()).isEmpty();
        assertThat(c.type().id()).isEqualTo(TypeId.XML);
      });
      assertThat(sink.rows()).singleElement().satisfies(r -> assertThat(r[0]).isEqualTo("<row v=\"1\"/><row v=\"2\"/><row v=\"3\"/>"));

      CollectingSink empty = TestSessions.run(
          session, "SELECT value AS v FROM GENERATE_SERIES(1, 3) WHERE value > 5 FOR XML RAW, TYPE");
      assertThat(empty.rows()).singleElement().satisfies(r -> assertThat(r[0]).isNull());
    }
  }

  private static List<ResultColumn> columns(CollectingSink sink) {
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Columns)
        .map(e -> ((CollectingSink.Columns) e).columns())
        .findFirst()
        .orElseThrow();
  }
}
