package dev.quern.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.bench.harness.Measurement.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  @Test
  void ratioIsFirstTargetOverSecond() {
    ResultsTable table = new ResultsTable(List.of("quern", "postgresql"));
    table.add(new Measurement("point-select", "selects", "quern", 3000, Unit.PER_SECOND));
    table.add(new Measurement("point-select", "selects", "postgresql", 2000, Unit.PER_SECOND));

    assertThat(table.render()).containsPattern("point-select\\s+selects\\s+/s\\s+3,000\\s+2,000\\s+1\\.50x");
  }

  @Test
  void failureOnOneTargetMarksItsCellsAndListsTheError() {
    ResultsTable table = new ResultsTable(List.of("quern", "postgresql"));
    table.addFailure("range-scan", "quern", "statement [SELECT ...] failed: error 102");
    table.add(new Measurement("range-scan", "queries", "postgresql", 500, Unit.PER_SECOND));
    table.add(new Measurement("range-scan", "rows", "postgresql", 500_000, Unit.ROWS_PER_SECOND));

    String text = table.render();

    assertThat(text).containsPattern("range-scan\\s+queries\\s+/s\\s+ERROR\\[1\\]\\s+500\\.0\\s+-\n");
    assertThat(text).containsPattern("range-scan\\s+rows\\s+rows/s\\s+ERROR\\[1\\]\\s+500,000\\s+-\n");
    assertThat(text).contains("ERROR[1] range-scan on quern: statement [SELECT ...] failed: error 102\n");
  }

  @Test
  void workloadFailingEverywhereStillGetsARow() {
    ResultsTable table = new ResultsTable(List.of("quern", "postgresql"));
    table.addFailure("full-scan", "quern", "boom");
    table.addFailure("full-scan", "postgresql", "bang");

    String text = table.render();

    assertThat(text).containsPattern("full-scan\\s+-\\s+-\\s+ERROR\\[1\\]\\s+ERROR\\[2\\]\\s+-\n");
    assertThat(text).contains("ERROR[2] full-scan on postgresql: bang");
  }
}
