package dev.quern.bench.workload;

import java.util.List;

/** Every workload, in the order the results table shows them. New workloads are added here. */
public final class Workloads {
  private Workloads() {}

  public static List<Workload> all() {
    return List.of(
        new LoginRateWorkload(false),
        new LoginRateWorkload(true),
        new SelectOneLatencyWorkload(),
        new StreamingThroughputWorkload(),
        new ScriptLatencyWorkload(),
        new ScriptThroughputWorkload(false),
        new ScriptThroughputWorkload(true),
        new SingleRowInsertWorkload(1),
        new SingleRowInsertWorkload(8),
        new BatchInsertWorkload(),
        new PointSelectWorkload(8),
        new RangeScanWorkload(),
        new FullScanAggregateWorkload());
  }
}
