package dev.quern.catalog.meta;

/**
 * A user-defined function: the text of its CREATE FUNCTION statement, parsed and compiled by the
 * engine when it is called, and its sys.objects type: FN (scalar), IF (inline table-valued) or TF
 * (multi-statement table-valued).
 */
public record UserFunction(int id, int schemaId, String name, String definition, String typeCode)
    implements SchemaObject {
  public UserFunction {
    if (!typeCode.equals("FN") && !typeCode.equals("IF") && !typeCode.equals("TF")) {
      throw new IllegalArgumentException("Not a function type: " + typeCode);
    }
  }

  public UserFunction renamed(String newName) {
    return new UserFunction(id, schemaId, newName, definition, typeCode);
  }
}
