package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.target.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code --rows} rows into a fresh {@code bench_t} from one connection with batched
 * prepared inserts (1,000 rows per batch, a commit per batch; mssql-jdbc's bulk-copy rewrite
 * off, pgJDBC's multi-row rewrite off), then leaves the table for the read workloads. Reports
 * rows/s and the load's seconds.
 */
public final class BatchInsertWorkload implements Workload {

  @Override
  public String name() {
    return "bulk-insert";
  }

  @Override
  public String group() {
    return BenchTable.GROUP;
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    CpuMeter cpu = new CpuMeter(target.serverPid());
    cpu.start();
    long start = System.nanoTime();
    long rows = BenchTable.load(target, config.rows());
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.Use used = cpu.stop();
    BenchTable.afterLoad(target);
    List<Measurement> out = new ArrayList<>(List.of(
        new Measurement(name(), "rows", target.name(), rows / seconds, Unit.ROWS_PER_SECOND),
        new Measurement(name(), "time", target.name(), seconds, Unit.SECONDS)));
    out.addAll(CpuFigures.per("row", name(), target, used, rows));
    return out;
  }
}
