package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code WITH RESULT SETS UNDEFINED | NONE | ((col type [NULL|NOT NULL], …), …)} of an EXECUTE
 * ("EXECUTE (Transact-SQL)"). {@code sets} is empty unless the kind is {@link Kind#DEFINED}.
 */
public record ResultSetsClause(Kind kind, List<List<Column>> sets) {
  public static final ResultSetsClause UNDEFINED = new ResultSetsClause(Kind.UNDEFINED, List.of());

  /** The three forms of the clause. */
  public enum Kind {
    UNDEFINED,
    NONE,
    DEFINED
  }

  /** One column definition; {@code nullable} null when neither NULL nor NOT NULL was written. */
  public record Column(String name, TypeName type, Boolean nullable) {
    String toSql() {
      return Names.quote(name) + " " + type.toSql()
          + (nullable == null ? "" : nullable ? " NULL" : " NOT NULL");
    }
  }

  public ResultSetsClause {
    sets = sets.stream().map(List::copyOf).toList();
  }

  public String toSql() {
    return switch (kind) {
      case UNDEFINED -> "";
      case NONE -> " WITH RESULT SETS NONE";
      case DEFINED ->
          " WITH RESULT SETS ("
              + sets.stream()
                  .map(s -> "(" + s.stream().map(Column::toSql).collect(Collectors.joining(", ")) + ")")
                  .collect(Collectors.joining(", "))
              + ")";
    };
  }
}
