package dev.quern.catalog.type;

/**
 * A type name with facets SQL Server rejects, e.g. {@code varchar(9000)}: error 131 "The size
 * (9000) given to the type 'varchar' exceeds the maximum allowed for any data type (8000)." Carries
 * SQL Server's number and text; it is an IllegalArgumentException so callers that only know "not a
 * valid type" still stop.
 */
public final class TypeFacetException extends IllegalArgumentException {
  private final int number;

  public TypeFacetException(int number, String text) {
    super(text);
    this.number = number;
  }

  public int number() {
    return number;
  }

  public String text() {
    return getMessage();
  }
}
