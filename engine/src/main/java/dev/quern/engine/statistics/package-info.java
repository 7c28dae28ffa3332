/**
 * Statistics objects ("Statistics", sys.stats): building their content from a full scan of a
 * table (density vector, histogram of the leading column), listing a table's statistics as the
 * sys views and DBCC SHOW_STATISTICS show them, and counting modifications of leading columns
 * since the last update. The planner does not read them. Stored through {@code
 * catalog.meta.CatalogStatistics}; must not import the parser, binder or executor.
 */
package dev.quern.engine.statistics;
