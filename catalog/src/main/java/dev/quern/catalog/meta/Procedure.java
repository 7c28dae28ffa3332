package dev.quern.catalog.meta;

/**
 * A stored procedure: the text of its CREATE PROCEDURE statement (parameters and body), parsed
 * and compiled by the engine when it is called.
 */
public record Procedure(int id, int schemaId, String name, String definition) implements SchemaObject {
  @Override
  public String typeCode() {
    return "P";
  }

  public Procedure renamed(String newName) {
    return new Procedure(id, schemaId, newName, definition);
  }
}
