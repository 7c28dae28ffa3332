package dev.quern.engine.ast;

/**
 * How many times a recursive common table expression's recursive part may run: 100 unless the
 * statement ends with {@code OPTION (MAXRECURSION n)} (0: no limit). Shared by every reference to
 * the expression, and set when the parser reaches the OPTION clause after them.
 */
public final class RecursionLimit {
  public static final int DEFAULT = 100;

  private int max = DEFAULT;

  public int max() {
    return max;
  }

  public void set(int max) {
    this.max = max;
  }
}
