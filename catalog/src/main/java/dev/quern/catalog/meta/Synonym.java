package dev.quern.catalog.meta;

/**
 * A synonym (CREATE SYNONYM, sys.synonyms): another name for a table, view or procedure, resolved
 * when a statement uses it. {@code baseObjectName} is the target as sys.synonyms shows it, each
 * part bracketed ({@code [dbo].[orders]}); the target need not exist until then.
 */
public record Synonym(int id, int schemaId, String name, String baseObjectName) implements SchemaObject {
  @Override
  public String typeCode() {
    return "SN";
  }
}
