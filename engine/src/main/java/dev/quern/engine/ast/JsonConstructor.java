package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code JSON_OBJECT(key:value, … [NULL|ABSENT ON NULL])} or {@code JSON_ARRAY(value, … [NULL|ABSENT
 * ON NULL])} (SQL Server 2022). {@code args} are the keys and values alternating for an object,
 * the elements for an array; {@code absentOnNull} is null when no clause is written (objects then
 * keep NULLs, arrays drop them). {@code returningJson}: SQL Server 2025's {@code RETURNING JSON}.
 */
public record JsonConstructor(boolean object, List<Expr> args, Boolean absentOnNull, boolean returningJson)
    implements Expr {
  public JsonConstructor(boolean object, List<Expr> args, Boolean absentOnNull) {
    this(object, args, absentOnNull, false);
  }

  public String name() {
    return object ? "JSON_OBJECT" : "JSON_ARRAY";
  }

  /** Whether NULL values are left out: the written clause, else the constructor's default. */
  public boolean dropsNulls() {
    return absentOnNull != null ? absentOnNull : !object;
  }

  @Override
  public String toSql() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < args.size(); i += object ? 2 : 1) {
      items.add(object ? args.get(i).toSql() + ":" + args.get(i + 1).toSql() : args.get(i).toSql());
    }
    String clause = absentOnNull == null ? "" : (absentOnNull ? " ABSENT ON NULL" : " NULL ON NULL");
    return name() + "(" + String.join(", ", items) + clause + (returningJson ? " RETURNING JSON" : "") + ")";
  }
}
