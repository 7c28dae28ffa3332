/**
 * The metadata model (databases, schemas, tables with columns, indexes and constraints, views,
 * sequences, partition functions and schemes, keys and certificates) as immutable records, its persistence in the system key ranges of the store, and the
 * access to table data built on it ({@link dev.quern.catalog.meta.TableStore}).
 *
 * <p>May import {@code kv}, {@code codec}, {@code type}, {@code value}; never {@code rocks} (it
 * works on any {@link dev.quern.catalog.kv.KvStore}) nor the engine. Expression texts (defaults,
 * checks, computed columns, filters, view definitions) are stored as written; binding them is the
 * engine's job.
 *
 * <h2>Key layout of a store</h2>
 *
 * <pre>
 * 00 01 kind:u8 id:u64                counter reservations (object/data/database ids: kind 'g';
 *                                     heap row ids / uniquifiers 'r' and LOB ids 'l' per data id)
 * 00 02 00                            metadata stamp (random u64, rewritten by every DDL)
 * 00 02 01 id:u32                     database record
 * 00 02 02 id:u32                     schema record
 * 00 02 03 id:u32                     table / view / sequence record (MetaCodec)
 * 00 02 0B table:u32 stats:u32         statistics object of a table (StatisticsCodec)
 * 00 02 0C msg:u32 lcid:u16           user-defined message (UserMessageCodec; in the main store)
 * 00 02 0D table:u32                   a table's LOCK_ESCALATION other than TABLE (LockEscalation)
 * 00 02 0F table:u32                   a table's SYSTEM_TIME period and history table (SystemTimePeriod)
 * 00 02 11 table:u32                   a table's change tracking (ChangeTrackingTable)
 * 00 02 12 database:u32 function:u32   partition function (PartitionCodec)
 * 00 02 13 database:u32 scheme:u32     partition scheme (PartitionCodec)
 * 00 02 14 table:u32                   which of a table's indexes are on which scheme (TablePartitioning)
 * 00 02 1A database:u32 sort:u8 id:u32 database master key (sort 1), certificate (2), symmetric key
 *                                     (3): key material only as its protectors encrypted it
 *                                     (EncryptionCodec)
 * 00 02 20 01 database:u32 catalog:u32 full-text catalog; 00 02 20 02 table:u32 a table's full-text
 *                                     index (FullTextCodec); its inverted index is the data range
 *                                     of its own dataId (FullTextPostings)
 * 00 03 kind:u8 parent:u32 name       name index → id, name as its CI_AS sort key: databases
 *                                     (parent 0), schemas (parent database), objects and
 *                                     constraints (parent schema)
 * 00 05 id:u32                        identity / sequence last value (ValueCounters)
 * 00 06 dataId:u64                    garbage: key ranges of dropped/truncated data to reclaim
 * 00 09 table:u32 'V' version:u64 pk   committed change tracking changes by version, and
 * 00 09 table:u32 'K' pk version:u64   by primary key (ChangeLog; pk memcomparable)
 * 00 0A token:u64 table:u32 pk         a running transaction's tracked changes (PendingChanges;
 *                                     moved into 00 09 with its version at commit, ChangeVersions)
 * 00 0B database:u32                   last committed change tracking version (ChangeVersions)
 * 00 07 id:u32                        backup history: one backup set (CatalogBackupHistory; kept
 *                                     out of the catalog range so metadata loads never read it)
 * 00 0E name                          a logical backup device, name lower-cased
 *                                     (CatalogBackupDevices; sp_addumpdevice)
 * 00 31 database:u32 kind ...          a database's transaction log (TransactionLog): 'O' token seq
 *                                     row operations, 'R' lsn commit records, 'N' last LSN, 'M'
 *                                     table differential marks, 'X' a RESTORING database's chain
 * 00 32 database:u32                   a database's LogState (read whole when the store opens)
 * 01 dataId:u64 key                   rows and index entries:
 *                                       heap           01 dataId rowId:u64           → row
 *                                       clustered      01 dataId key [rowId:u64]      → row
 *                                                      (rowId = uniquifier, non-unique only)
 *                                       nonclustered   01 dataId key [locator suffix] → entry
 *                                                      (suffix = the row's key after its own
 *                                                      01 dataId, non-unique only)
 * 02 dataId:u64 lobId:u64 chunk:u32   LOB chunks of the rows of a table (row-index data id)
 * </pre>
 *
 * A row's <em>locator</em> is its full key ({@code 01 dataId ...}). A nonclustered entry's value is
 * {@code varint length, locator, covered columns as a row} (key, INCLUDE and clustered key
 * columns), so covering seeks never read the row. Keys are memcomparable ({@code codec}), so an
 * index range is one iterator seek. A unique index's key has no suffix, so two equal keys (NULLs
 * included: SQL Server allows one NULL) collide; {@code getForUpdate} on the key makes concurrent
 * inserters of one value serialize instead of both succeeding.
 *
 * <h2>Ids, counters, values outside transactions</h2>
 *
 * Object, database and data ids come from {@code DurableCounters}: never reused, stable across
 * restarts, handed out outside the DDL transaction (a rolled-back CREATE TABLE burns its id, as in
 * SQL Server). Identity and sequence values ({@link dev.quern.catalog.meta.ValueCounters}) are not
 * rolled back either, as in SQL Server.
 *
 * <h2>Backup images</h2>
 *
 * {@link dev.quern.catalog.meta.DatabaseImage} streams one database (catalog records in their
 * stored encodings, then rows) from a snapshot; {@link dev.quern.catalog.meta.DatabaseImageLoader}
 * writes such a stream back as a new database with fresh ids ({@code ImageIds}), in one
 * transaction. Change tracking travels too: table records and the database's version with the
 * catalog entries, the kept changes after the rows.
 *
 * <h2>Transactional DDL and the cache</h2>
 *
 * DDL writes records and the stamp in the caller's transaction; see {@link
 * dev.quern.catalog.meta.Catalog} for locking and {@code MetadataCache} for why a stamp names one
 * state.
 *
 * <h2>How the engine uses it</h2>
 *
 * <pre>
 * Catalog catalog = Catalog.open(store);                 // once per store (Catalog.openTemporary for tempdb)
 * try (KvTxn txn = store.begin(KvTxnOptions.of(isolation).withLockTimeout(lockTimeout))) {
 *   txn.beginStatement();                                // per statement
 *   Metadata md = catalog.metadata(txn);                 // bind names against this snapshot
 *   // CREATE TABLE: ids from catalog.newObjectId(), index ranges from catalog.newDataId()
 *   catalog.createObject(txn, table);
 *   TableStore rows = TableStore.open(catalog, txn, table, filter);   // Sch-S lock
 *   byte[] locator = rows.insert(values);                // DuplicateKeyException → 2627/2601
 *   try (RowCursor c = rows.scan(KeyRange.ALL, false)) { ... c.row() ... }
 *   try (IndexCursor c = rows.seek(index, KeyRange.equalTo(v), false)) { ... c.covered() ... }
 *   try (RowCursor c = rows.scanForUpdate(range, false)) {           // UPDATE / DELETE
 *     ... rows.update(c.locator(), newValues) / rows.delete(c.locator()) ...
 *   }
 *   txn.commit();
 * }
 * catalog.reclaimGarbage();                              // after a DDL commit
 * catalog.close(); store.close();                        // shutdown, in this order
 * </pre>
 */
package dev.quern.catalog.meta;
