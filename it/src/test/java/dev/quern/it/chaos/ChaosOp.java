package dev.quern.it.chaos;

import java.util.Random;

/** The operations a chaos session picks from, with their weights in the mix. */
public enum ChaosOp {
  TRIVIAL(12, ScriptCalls::trivial),
  PASS_THROUGH_200K(3, ScriptCalls::passThrough),
  PARTITIONS(6, ScriptCalls::partitions),
  STREAMING(6, ScriptCalls::streaming),
  MODEL(4, ScriptCalls::model),
  INSERT_EXEC(10, TransactionCalls::insertExec),
  CONSTRAINT_IN_TRANSACTION(3, TransactionCalls::constraintInTransaction),
  DMVS(6, ScriptCalls::dmvs),
  SCRIPT_ERROR(7, Disruptions::scriptError),
  BIG_STDOUT(3, Disruptions::bigStdout),
  MEMORY_ERROR(3, Disruptions::memoryError),
  QUERY_TIMEOUT(5, Disruptions::queryTimeout),
  CANCEL(5, Disruptions::cancel),
  KILL_SATELLITE(4, Disruptions::killSatellite),
  RECONFIGURE(2, Disruptions::reconfigure),
  CANCEL_MID_DATA(3, Interruptions::cancelMidData),
  KILL_MID_OUTPUT(3, Interruptions::killMidOutput),
  STOPPED_IN_TRANSACTION(4, Interruptions::stoppedInTransaction),
  DISCONNECT(3, Interruptions::disconnect),
  SELF_EXIT(3, Interruptions::selfExit),
  KILL_FORK_SERVER(1, Interruptions::killForkServer),
  PARALLEL(4, ScriptCalls::parallel);

  /** One call and its oracle; returns the outcome to count, throws {@link ChaosFinding}. */
  @FunctionalInterface
  public interface Call {
    String run(ChaosSession session) throws Exception;
  }

  private static final int TOTAL_WEIGHT = java.util.Arrays.stream(values()).mapToInt(o -> o.weight).sum();

  private final int weight;
  private final Call call;

  ChaosOp(int weight, Call call) {
    this.weight = weight;
    this.call = call;
  }

  /** Needs rights only sa has here: VIEW SERVER STATE (DMVs), CONTROL SERVER (pools). */
  public boolean needsAdmin() {
    return this == DMVS || this == RECONFIGURE;
  }

  public String run(ChaosSession session) throws Exception {
    return call.run(session);
  }

  /** An operation drawn by weight. */
  public static ChaosOp pick(Random random) {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (ChaosOp op : values()) {
      r -= op.weight;
      if (r < 0) {
        return op;
      }
    }
    throw new IllegalStateException();
  }
}
