package dev.quern.engine.exec.op;

import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a recursive common table expression round by round: the anchor's rows are round 0; each
 * next round runs the recursive part over the rows of the round before (a fresh operator tree
 * reading them as its work table) and is returned as it completes. It ends with the first round
 * that makes no row; a round beyond the MAXRECURSION limit that makes rows is error 530.
 */
final class RecursiveCteOperator implements Operator {
  private final Operator anchor;
  private final Function<List<Object[]>, Operator> recursive;
  private final int maxRecursion;
  private final Runnable cancelCheck;

  /** The round being returned, and how far. */
  private List<Object[]> round = new ArrayList<>();
  private int returned;
  private int rounds;
  private boolean anchorDone;

  RecursiveCteOperator(
      Operator anchor, Function<List<Object[]>, Operator> recursive, int maxRecursion, Runnable cancelCheck) {
    this.anchor = anchor;
    this.recursive = recursive;
    this.maxRecursion = maxRecursion;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (!anchorDone) {
      Object[] row = anchor.next();
      if (row != null) {
        round.add(row);
        returned++;
        return row;
      }
      anchorDone = true;
    }
    while (returned == round.size()) {
      if (round.isEmpty()) {
        return null;
      }
      List<Object[]> next = new ArrayList<>();
      Operator step = recursive.apply(round);
      for (Object[] row; (row = step.next()) != null; ) {
        cancelCheck.run();
        next.add(row);
      }
      if (!next.isEmpty() && maxRecursion > 0 && ++rounds > maxRecursion) {
        throw SqlErrors.MAXRECURSION_EXHAUSTED.raise(maxRecursion);
      }
      round = next;
      returned = 0;
    }
    return round.get(returned++);
  }
}
