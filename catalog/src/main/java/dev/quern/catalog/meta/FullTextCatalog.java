package dev.quern.catalog.meta;

/**
 * A full-text catalog of a database ("CREATE FULLTEXT CATALOG", sys.fulltext_catalogs): a named
 * container of full-text indexes, numbered per database, one of them perhaps the default ({@code AS
 * DEFAULT}). {@code accentSensitive}: ACCENT_SENSITIVITY = ON (the default follows the database
 * collation, which Quern's are not: OFF).
 */
public record FullTextCatalog(int databaseId, int catalogId, String name, boolean isDefault, boolean accentSensitive) {
  public FullTextCatalog asDefault(boolean value) {
    return new FullTextCatalog(databaseId, catalogId, name, value, accentSensitive);
  }
}
