/**
 * Arrow record batches for the Python runtime: the SQL type to Arrow type mapping ({@link
 * dev.quern.python.arrow.ArrowTypes}), rows or column batches to vectors ({@link dev.quern.python.arrow.BatchEncoder}: the input's
 * int, bigint, float and text columns in bulk copies)
 * and back ({@link dev.quern.python.arrow.BatchDecoder}), output batches read in place as columns
 * without boxing ({@link dev.quern.python.arrow.ArrowRowBatch}, which the server writes to TDS rows
 * directly), and chunks in shared memory ({@link
 * dev.quern.python.arrow.ChunkIo}). The full mapping table, both ways, is in python-bridge/README.md.
 * Must not import the engine.
 */
package dev.quern.python.arrow;
