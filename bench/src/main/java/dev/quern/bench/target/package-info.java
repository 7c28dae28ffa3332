/**
 * The servers under test, each started as a real process on a loopback port and stopped after:
 * Quern ({@code quern.jar serve}) and PostgreSQL 15 from Debian ({@code initdb} + {@code pg_ctl} in a
 * temporary directory, as user {@code postgres} when run as root). A {@link dev.quern.bench.target.Dialect}
 * gives the SQL text that differs between them.
 */
package dev.quern.bench.target;
