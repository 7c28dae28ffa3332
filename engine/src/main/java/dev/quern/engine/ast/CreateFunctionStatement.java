package dev.quern.engine.ast;

import java.util.List;

/**
 * CREATE [OR ALTER] FUNCTION / ALTER FUNCTION: the whole of its batch. {@code typeCode} is its
 * sys.objects type (FN, IF, TF); {@code definition} is the text stored (always beginning CREATE
 * FUNCTION) and parsed again when it is called.
 */
public record CreateFunctionStatement(
    int line, CreateViewStatement.Mode mode, List<String> name, String typeCode, String definition)
    implements StorageStatement {
  public CreateFunctionStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    return definition;
  }
}
