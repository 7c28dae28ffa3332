package dev.quern.engine.ast;

import java.util.List;

/**
 * CREATE [OR ALTER] VIEW / ALTER VIEW name [(columns)] [WITH attribute, …] AS query [WITH CHECK
 * OPTION]; {@code attributes} are upper case, as written (SCHEMABINDING, VIEW_METADATA).
 */
public record CreateViewStatement(
    int line, Mode mode, List<String> name, List<String> columns, QuerySpec query, boolean checkOption,
    List<String> attributes)
    implements StorageStatement {
  public CreateViewStatement(int line, Mode mode, List<String> name, List<String> columns, QuerySpec query) {
    this(line, mode, name, columns, query, false, List.of());
  }

  public static final String SCHEMABINDING = "SCHEMABINDING";

  /** Whether the view is bound to the schema of what it reads (WITH SCHEMABINDING). */
  public boolean schemaBound() {
    return attributes.contains(SCHEMABINDING);
  }

  /** CREATE, ALTER, or CREATE OR ALTER. */
  public enum Mode {
    CREATE,
    ALTER,
    CREATE_OR_ALTER
  }

  public CreateViewStatement {
    name = List.copyOf(name);
    columns = List.copyOf(columns);
    attributes = List.copyOf(attributes);
  }

  /** The definition as stored: always a CREATE VIEW, whatever created it. */
  public String definition() {
    return "CREATE VIEW " + Names.quoteAll(name)
        + (columns.isEmpty() ? "" : " (" + String.join(", ", columns.stream().map(Names::quote).toList()) + ")")
        + (attributes.isEmpty() ? "" : " WITH " + String.join(", ", attributes))
        + " AS " + query.toSql() + (checkOption ? " WITH CHECK OPTION" : "");
  }

  @Override
  public String toSql() {
    String head = switch (mode) {
      case CREATE -> "CREATE";
      case ALTER -> "ALTER";
      case CREATE_OR_ALTER -> "CREATE OR ALTER";
    };
    return head + definition().substring("CREATE".length());
  }
}
