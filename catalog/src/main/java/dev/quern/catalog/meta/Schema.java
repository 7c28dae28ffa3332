package dev.quern.catalog.meta;

/**
 * A schema of a database (sys.schemas), owned by the database principal {@code principalId}
 * (CREATE SCHEMA … AUTHORIZATION, ALTER AUTHORIZATION ON SCHEMA::). An object in the schema is owned
 * by the schema's owner: that owner holds CONTROL on it, and ownership chains compare it.
 */
public record Schema(int id, int databaseId, String name, int principalId) {
  /** A schema of its standard owner: guest, INFORMATION_SCHEMA and sys own their schemas, dbo the rest. */
  public Schema(int id, int databaseId, String name) {
    this(id, databaseId, name, standardOwner(name));
  }

  /** The owner SQL Server gives the standard schemas (principal ids 2, 3 and 4), dbo (1) otherwise. */
  public static int standardOwner(String name) {
    return switch (name) {
      case "guest" -> 2;
      case "INFORMATION_SCHEMA" -> 3;
      case "sys" -> 4;
      default -> 1;
    };
  }

  public Schema withOwner(int owner) {
    return new Schema(id, databaseId, name, owner);
  }
}
