package dev.quern.bench.workload;

import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.target.Target;
import java.util.List;

/**
 * The two CPU rows a workload adds to its figures: client and server CPU per unit of its work, in
 * microseconds ({@link CpuMeter}), e.g. "client cpu/select" and "server cpu/select".
 */
final class CpuFigures {
  private CpuFigures() {}

  /** {@code units} of work, each called {@code unit} ("select", "row", "call"), used {@code use}. */
  static List<Measurement> per(String unit, String workload, Target target, CpuMeter.Use use, long units) {
    return List.of(
        new Measurement(workload, "client cpu/" + unit, target.name(), use.clientMicrosPer(units), Unit.MICROSECONDS),
        new Measurement(workload, "server cpu/" + unit, target.name(), use.serverMicrosPer(units), Unit.MICROSECONDS));
  }
}
