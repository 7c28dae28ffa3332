package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * A bound WITH RESULT SETS clause: {@code sets} null for UNDEFINED (anything goes), empty for NONE,
 * else the declared result sets with their column names, types and nullability.
 */
public record ResultSetsSpec(List<List<Column>> sets) {
  public static final ResultSetsSpec UNDEFINED = new ResultSetsSpec(null);
  public static final ResultSetsSpec NONE = new ResultSetsSpec(List.of());

  /** One declared column. */
  public record Column(String name, SqlType type, boolean nullable) {}

  public boolean undefined() {
    return sets == null;
  }
}
