package dev.quern.engine.ast;

import java.util.List;

/** CREATE [OR ALTER] VIEW / ALTER VIEW name [(columns)] AS query [WITH CHECK OPTION]. */
public record CreateViewStatement(
    int line, Mode mode, List<String> name, List<String> columns, QuerySpec query, boolean checkOption)
    implements StorageStatement {
  public CreateViewStatement(int line, Mode mode, List<String> name, List<String> columns, QuerySpec query) {
    this(line, mode, name, columns, query, false);
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
  }

  /** The definition as stored: always a CREATE VIEW, whatever created it. */
  public String definition() {
    return "CREATE VIEW " + Names.quoteAll(name)
        + (columns.isEmpty() ? "" : " (" + String.join(", ", columns.stream().map(Names::quote).toList()) + ")")
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
