/**
 * BACKUP DATABASE and RESTORE (DATABASE, HEADERONLY, FILELISTONLY, VERIFYONLY) to disk files: the
 * backup file format ({@link dev.quern.engine.backup.BackupFile}, blocks in {@code BackupBlocks}),
 * the executors, their errors and messages. A database's contents come from, and go back through,
 * the catalog's {@link dev.quern.catalog.meta.DatabaseImage}. Imports session, store, security,
 * error and sys (column shorthands); never the parser or the wire.
 */
package dev.quern.engine.backup;
