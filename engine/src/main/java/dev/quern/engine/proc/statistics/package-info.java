/**
 * The statistics procedures: sp_helpstats (lists a table's statistics and their keys),
 * sp_createstats (CREATE STATISTICS on every column that leads no statistics yet) and sp_autostats
 * (shows or sets a table's statistics' automatic update, as NORECOMPUTE). They read statistics as
 * {@code statistics.TableStatistics} gives them and change them through nested UPDATE / CREATE
 * STATISTICS statements, so permissions and errors are those of the statements.
 *
 * <p>Depends on {@code proc}, {@code proc.catalog} (argument binding), {@code proc.module} (names),
 * {@code statistics}, {@code session} and {@code catalog.meta}; must not import {@code exec}.
 */
package dev.quern.engine.proc.statistics;
