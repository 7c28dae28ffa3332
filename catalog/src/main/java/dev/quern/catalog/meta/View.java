package dev.quern.catalog.meta;

/** A view: the text of its CREATE VIEW statement, expanded by the engine at bind time. */
public record View(int id, int schemaId, String name, String definition) implements SchemaObject {
  @Override
  public String typeCode() {
    return "V";
  }

  public View renamed(String newName) {
    return new View(id, schemaId, newName, definition);
  }
}
