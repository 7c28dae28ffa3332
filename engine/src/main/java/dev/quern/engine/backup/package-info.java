/**
 * BACKUP DATABASE (full, DIFFERENTIAL), BACKUP LOG and RESTORE (DATABASE, LOG, HEADERONLY,
 * FILELISTONLY, VERIFYONLY; restore sequences through RESTORING databases) to disk files: the
 * backup file format ({@link dev.quern.engine.backup.BackupFile}, blocks in {@code BackupBlocks}),
 * the executors, their errors and messages. A database's contents come from, and go back through,
 * the catalog's {@link dev.quern.catalog.meta.DatabaseImage}; a log backup's records from its
 * {@link dev.quern.catalog.meta.TransactionLog}. Imports session, store, security,
 * error and sys (column shorthands); never the parser or the wire.
 */
package dev.quern.engine.backup;
