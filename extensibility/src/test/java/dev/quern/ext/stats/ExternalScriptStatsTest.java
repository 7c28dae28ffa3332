package dev.quern.ext.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExternalScriptStatsTest {
  @Test
  void runningRequestsAreListedUntilClosedThenCounted() {
    ExternalScriptStats s = new ExternalScriptStats();
    UUID id = UUID.randomUUID();
    RequestRecord r = s.begin(id, "Python", 1, "nobody", true, false);
    assertThat(s.runningRequests()).containsExactly(new RunningRequest(id, "Python", 1, "nobody"));
    r.addRowsIn(10);
    r.addRowsOut(3);
    r.addPhase(Phase.EXECUTE, 5_000_000);
    r.markFailed();
    r.close();
    r.close();
    assertThat(s.runningRequests()).isEmpty();
    assertThat(s.counter("Python", "script_executions")).isEqualTo(1);
    assertThat(s.counter("Python", "streaming_executions")).isEqualTo(1);
    assertThat(s.counter("Python", "execution_errors")).isEqualTo(1);
    assertThat(s.counter("Python", "rows_in")).isEqualTo(10);
    assertThat(s.counter("Python", "rows_out")).isEqualTo(3);
    assertThat(s.counter("Python", "execute_time_ms")).isEqualTo(5);
    assertThat(s.executionStats()).extracting(ExecutionCounter::counterName).contains("script_executions", "rows_in");
    assertThat(s.performanceCounters()).extracting(ExecutionCounter::counterName)
        .containsExactly("Total Executions", "Parallel Executions", "SQL CC Executions", "Streaming Executions", "Implied Auth. Logins", "Total Execution Time (ms)", "Execution Errors");
    assertThat(s.performanceCounters().getFirst().counterValue()).isEqualTo(1);
  }
}
