package dev.quern.engine.ast;

import java.util.List;

/**
 * CREATE [OR ALTER] PROCEDURE / ALTER PROCEDURE name [parameters] AS body: the whole rest of its
 * batch. {@code definition} is the text stored (always beginning CREATE PROCEDURE) and parsed
 * again at each call; the body was parsed here only to report its syntax errors now.
 */
public record CreateProcedureStatement(
    int line, CreateViewStatement.Mode mode, List<String> name, List<ProcedureParameter> parameters, String definition)
    implements StorageStatement {
  public CreateProcedureStatement {
    name = List.copyOf(name);
    parameters = List.copyOf(parameters);
  }

  @Override
  public String toSql() {
    return definition;
  }
}
