package dev.quern.catalog.meta;

/**
 * A computed column's expression text and whether its values are stored in the rows: PERSISTED
 * ({@code persisted}), or because an index holds the column ({@code materialized}: SQL Server
 * indexes a deterministic computed column without PERSISTED, and the index's entries must be found
 * again from the stored row when it changes). Only {@code persisted} is what sys.computed_columns
 * shows.
 */
public record Computed(String expression, boolean persisted, boolean materialized) {
  public Computed(String expression, boolean persisted) {
    this(expression, persisted, false);
  }

  public Computed materialize() {
    return new Computed(expression, persisted, true);
  }
}
