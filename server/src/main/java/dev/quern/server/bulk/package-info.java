/**
 * Bulk load [MS-TDS §2.2.6.1]: the {@code INSERT BULK} statement a driver sends first, then the
 * BULK_LOAD message of COLMETADATA and ROW tokens it announced. Rows reach the engine as
 * parameterized multi-row INSERTs in one transaction, so constraints, indexes and durability are
 * the engine's own. May import the engine's API and the wire decoders; nothing of netty's
 * pipeline.
 */
package dev.quern.server.bulk;
