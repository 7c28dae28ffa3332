package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.target.Target;
import java.util.List;

/** One measured scenario, run the same way against each target that supports it. */
public interface Workload {

  /** Short name for {@code --only=} and the results table. */
  String name();

  /** A name that selects this workload together with others of its kind ({@code --only=tables}); none by default. */
  default String group() {
    return "";
  }

  /** Whether this workload makes sense on {@code target} (e.g. PL/Python only on PostgreSQL). */
  default boolean supports(Target target) {
    return true;
  }

  /** Runs against {@code target} (warm-up included) and returns its figures. */
  List<Measurement> run(Target target, BenchConfig config) throws Exception;
}
