package dev.quern.engine.plan;

import java.util.List;

/**
 * The index a table read lacked ("sys.dm_db_missing_index_details"): the columns its WHERE compares
 * with a value by equality ({@code equality}) and otherwise ({@code inequality}), and the other
 * columns the query reads ({@code included}), all column ids in table order; {@code seekKeys} and
 * {@code ranged} say how much of it the read sought anyway (an index on some of the columns). Found
 * by the optimizer when the statement is bound; each run of the plan counts a use of it.
 */
public final class MissingIndex {
  private final List<Integer> equality;
  private final List<Integer> inequality;
  private final List<Integer> included;
  private final int seekKeys;
  private final boolean ranged;

  public MissingIndex(List<Integer> equality, List<Integer> inequality, List<Integer> included, int seekKeys, boolean ranged) {
    this.equality = List.copyOf(equality);
    this.inequality = List.copyOf(inequality);
    this.included = List.copyOf(included);
    this.seekKeys = seekKeys;
    this.ranged = ranged;
  }

  public List<Integer> equality() {
    return equality;
  }

  public List<Integer> inequality() {
    return inequality;
  }

  public List<Integer> included() {
    return included;
  }

  /** How many equality columns the read sought on an existing index. */
  public int seekKeys() {
    return seekKeys;
  }

  /** Whether the read sought a range on an existing index. */
  public boolean ranged() {
    return ranged;
  }

  @Override
  public String toString() {
    return "MissingIndex(equality " + equality + ", inequality " + inequality + ", include " + included + ")";
  }
}
