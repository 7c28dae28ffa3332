/**
 * What BULK INSERT and OPENROWSET(BULK …) share before any row is read: the server files they
 * open ({@link dev.quern.engine.bulk.ServerFiles}, with the ADMINISTER BULK OPERATIONS check) and
 * bcp format files ({@link dev.quern.engine.bulk.BulkFormat}), which the binder reads to learn an
 * OPENROWSET's columns and the executor to read a data file. Imports catalog types, session, error
 * and parser (terminator escapes); never exec, binder or the wire.
 */
package dev.quern.engine.bulk;
