/**
 * Server-wide state behind external scripts and server configuration: the {@code sp_configure}
 * options with their config and run values ({@link dev.quern.engine.external.ServerConfiguration}),
 * their durable store, and the language runtimes ({@link
 * dev.quern.engine.external.ExternalScripting}).
 *
 * <p>Persistence decision: the options live in {@code server-config.properties} in the data
 * directory, written atomically (temp file, fsync, rename, fsync of the directory) on every
 * RECONFIGURE. A small file keeps the configuration readable before storage opens and independent
 * of the catalog's KvStore wiring; SQL Server likewise keeps it outside user databases.
 *
 * <p>May import the catalog, {@code dev.quern.ext.*} and the engine's error catalog; must not
 * import the parser, binder or executor.
 */
package dev.quern.engine.external;
