package dev.quern.catalog.meta;

/**
 * A database, schema, object or constraint name is already taken in its namespace; the engine
 * raises 1801 (database), 2714 (schema, object, constraint).
 */
public class DuplicateNameException extends RuntimeException {
  private final String name;

  public DuplicateNameException(String name) {
    super("There is already an object named '" + name + "' in the database.");
    this.name = name;
  }

  public String name() {
    return name;
  }
}
