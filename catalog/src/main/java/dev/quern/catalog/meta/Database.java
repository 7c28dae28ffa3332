package dev.quern.catalog.meta;

/** A database (sys.databases): its id, name and default collation. */
public record Database(int id, String name, String collation) {
  public static final String DEFAULT_COLLATION = "SQL_Latin1_General_CP1_CI_AS";
}
