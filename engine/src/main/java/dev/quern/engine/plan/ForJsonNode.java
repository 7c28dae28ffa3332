package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ForJson;
import java.util.List;

/**
 * FOR JSON over {@code input}: all its rows as one JSON text, an array of objects (one per row)
 * with a property per column. To a client the text goes out in rows of {@link #CHUNK} characters
 * ({@code splitRows}), as SQL Server sends it; as a subquery's value it is one nvarchar(max). No
 * input row, no output row.
 */
public record ForJsonNode(PlanNode input, List<Property> properties, ForJson options, boolean splitRows)
    implements PlanNode {
  /** The one column's name, SQL Server's. */
  public static final String COLUMN = "JSON_F52E2B61-18A1-11d1-B105-00805F49916B";

  /** How many characters each row of a top-level FOR JSON result holds. */
  public static final int CHUNK = 2033;

  public ForJsonNode {
    properties = List.copyOf(properties);
  }

  /**
   * Input column i's place in each row's object: {@code path} (the alias split at dots under PATH;
   * the last step names the property, the ones before it nested objects); {@code json}: the value
   * is JSON text already (FOR JSON in a subquery, JSON_QUERY) and goes in as it is.
   */
  public record Property(List<String> path, SqlType type, boolean json) {
    public Property {
      path = List.copyOf(path);
    }
  }

  @Override
  public List<ResultColumn> columns() {
    return List.of(new ResultColumn(COLUMN, SqlTypes.NVARCHAR_MAX, true, false));
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "ForJson(" + (options.path() ? "PATH" : "AUTO") + ")";
  }
}
