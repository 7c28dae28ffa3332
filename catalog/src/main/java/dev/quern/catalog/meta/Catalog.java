package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvConflictException;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The metadata of one store, kept in its system key ranges: DDL runs in the caller's transaction (a
 * rolled-back CREATE TABLE leaves nothing), reads come from {@link MetadataCache}, ids from {@link
 * DurableCounters}, identity and sequence values from {@link ValueCounters}.
 *
 * <p>Every DDL writes the metadata stamp, which locks it exclusively until the transaction ends:
 * DDL transactions run one at a time per store, as schema modification locks make them in SQL
 * Server. DML locks the definition of each table it touches shared ({@link TableStore#open}), so a
 * table cannot be altered or dropped under a transaction using it. A reader without a transaction
 * (an autocommit read that takes no lock and never waits) gets the same guarantee in memory
 * instead ({@link #openWithoutLocks}, {@link SchemaStability}): ALTER and DROP mark the table and
 * wait for such readers in flight before they change it. The shared locks on a table (its table
 * lock, its definition) are taken in turn ({@link KvTxn#lockSharedInTurn}): once a DDL waits for
 * the table, later writers and readers queue behind it unless their transaction holds the table
 * already, so a stream of short writers cannot starve it (SQL Server's FIFO lock queue).
 *
 * <p>Dropped and truncated data is not deleted in the transaction (which would make DROP TABLE cost
 * a write per row): the transaction records the data ids as garbage, and {@link #reclaimGarbage()},
 * called after the commit and at open, deletes their key ranges.
 */
public final class Catalog implements AutoCloseable {
  private static final byte ROW_IDS = 'r';
  private static final byte LOB_IDS = 'l';
  private static final byte GLOBAL = 'g';
  private static final byte ROWVERSIONS = 'v';

  /**
   * A new database's @@DBTS, as in SQL Server (0x00000000000007D0): its first rowversion is the
   * next value.
   */
  public static final long INITIAL_DBTS = 2000;
  private static final long OBJECT_IDS = 1;
  private static final long DATA_IDS = 2;
  private static final long DATABASE_IDS = 3;

  /** Object ids start above the range SQL Server keeps for system objects. */
  private static final long FIRST_OBJECT_ID = 1000;

  private final KvStore store;
  private final CommittedMetadata committed = new CommittedMetadata();
  private final MetadataCache cache = new MetadataCache(committed::writes);
  private final SchemaStability stability = new SchemaStability();
  private final DurableCounters counters;
  private final ActiveRowversions activeRowversions = new ActiveRowversions();
  private final ValueCounters values;
  private final ChangeVersions changeVersions;
  private final TransactionLog log;
  private final CatalogSecurity security = new CatalogSecurity(this);
  private final CatalogExtendedProperties properties = new CatalogExtendedProperties(this);
  private final CatalogFullText fullText = new CatalogFullText(this);
  private final CatalogExternalLibraries externalLibraries = new CatalogExternalLibraries(this);
  private final CatalogXmlSchemaCollections xmlSchemaCollections = new CatalogXmlSchemaCollections(this);
  private final CatalogPartitions partitions = new CatalogPartitions(this);
  private final CatalogEncryption encryption = new CatalogEncryption(this);
  private final CatalogMessages messages = new CatalogMessages(this);
  private final CatalogStatistics statistics = new CatalogStatistics(this);
  private final CatalogBackupHistory backups = new CatalogBackupHistory(this);
  private final CatalogRestoreHistory restores = new CatalogRestoreHistory(this);
  private final CatalogBackupDevices backupDevices = new CatalogBackupDevices();
  private final CatalogAgent agent = new CatalogAgent(this);
  private final java.util.Map<Integer, Encoded> lastEncoded =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<Integer, TableShape> lastShape =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether a DDL's stamp write locks the stamp until its transaction ends, so DDL transactions
   * take turns. tempdb's DDL does not: there each session creates and drops its own #tables and
   * table variables, which no other session names, and two sessions each in a transaction must
   * not wait for each other to declare one (see {@link #stampWritten}).
   */
  private final boolean ddlTakesTurns;

  private Catalog(KvStore store, boolean ddlTakesTurns) {
    this.store = store;
    this.ddlTakesTurns = ddlTakesTurns;
    this.counters = new DurableCounters(store);
    this.values = new ValueCounters(store);
    this.changeVersions = new ChangeVersions(store);
    this.log = new TransactionLog(store, this);
  }

  /** The catalog of {@code store}; reclaims the data of drops committed before a crash. */
  public static Catalog open(KvStore store) {
    Catalog catalog = new Catalog(store, true);
    catalog.reclaimGarbage();
    return catalog;
  }

  /**
   * The catalog of tempdb's store: as {@link #open}, but one session's DDL never waits for
   * another's transaction to end (names and objects still lock as everywhere: two sessions
   * creating the same ##global table still take turns on its name).
   */
  public static Catalog openTemporary(KvStore store) {
    Catalog catalog = new Catalog(store, false);
    catalog.reclaimGarbage();
    return catalog;
  }

  public KvStore store() {
    return store;
  }

  /** The metadata as {@code txn} sees it (its own uncommitted DDL included). */
  public Metadata metadata(KvTxn txn) {
    return cache.get(txn);
  }

  /**
   * A number to note before {@code txn}'s read snapshot is taken (before {@link KvStore#begin} for
   * a SNAPSHOT transaction, before {@link KvTxn#beginStatement} otherwise), for {@link
   * #metadata(KvTxn, long)}.
   */
  public long ddlGeneration() {
    return committed.generation();
  }

  /**
   * As {@link #metadata(KvTxn)}, without reading the DDL stamp when no DDL has begun or ended
   * since {@code notedGeneration} (a {@link #ddlGeneration} noted before {@code txn}'s current read
   * snapshot was taken): then the snapshot sees the latest committed metadata, known here.
   */
  public Metadata metadata(KvTxn txn, long notedGeneration) {
    Metadata known = committed.ifQuietSince(notedGeneration);
    if (known != null) {
      return known;
    }
    Metadata read = cache.get(txn);
    committed.offer(notedGeneration, read);
    return read;
  }

  public ValueCounters values() {
    return values;
  }

  /** Logins, database users and roles, memberships and permissions (written in DDL transactions). */
  public CatalogSecurity security() {
    return security;
  }

  /** Extended properties (sp_addextendedproperty), written in the caller's transaction. */
  public CatalogFullText fullText() {
    return fullText;
  }

  public CatalogExtendedProperties extendedProperties() {
    return properties;
  }

  /** Database master keys, certificates and symmetric keys, written in the caller's transaction. */
  public CatalogEncryption encryption() {
    return encryption;
  }

  /** Partition functions, schemes and index placements, written in the caller's transaction. */
  public CatalogPartitions partitions() {
    return partitions;
  }

  /** External libraries (CREATE EXTERNAL LIBRARY), written in the caller's transaction. */
  public CatalogExternalLibraries externalLibraries() {
    return externalLibraries;
  }

  /** XML schema collections (CREATE XML SCHEMA COLLECTION), written in the caller's transaction. */
  public CatalogXmlSchemaCollections xmlSchemaCollections() {
    return xmlSchemaCollections;
  }

  /** User-defined messages (sp_addmessage), written in the caller's transaction. */
  public CatalogMessages messages() {
    return messages;
  }

  /** Statistics objects (UPDATE STATISTICS, CREATE STATISTICS), written in the caller's transaction. */
  public CatalogBackupHistory backups() {
    return backups;
  }

  /** msdb.dbo.restorehistory's records. */
  public CatalogRestoreHistory restores() {
    return restores;
  }

  /** The logical backup devices (sys.backup_devices), kept in the main store with master. */
  public CatalogBackupDevices backupDevices() {
    return backupDevices;
  }

  /** SQL Server Agent's msdb tables (jobs, schedules, history). */
  public CatalogAgent agent() {
    return agent;
  }

  public CatalogStatistics statistics() {
    return statistics;
  }

  DurableCounters counters() {
    return counters;
  }

  /**
   * A fresh id for a schema, table, view, sequence or constraint: never reused, stable across
   * restarts.
   */
  public int newObjectId() {
    return Math.toIntExact(
        counters.next(SystemKeys.counter(GLOBAL, OBJECT_IDS), FIRST_OBJECT_ID, 100));
  }

  /**
   * A fresh database id (master, tempdb, model, msdb get 1–4 when created first, in that order).
   */
  public int newDatabaseId() {
    return Math.toIntExact(counters.next(SystemKeys.counter(GLOBAL, DATABASE_IDS), 1, 10));
  }

  /** A fresh key range for a heap, clustered or nonclustered index. */
  public long newDataId() {
    return counters.next(SystemKeys.counter(GLOBAL, DATA_IDS), 1, 100);
  }

  /**
   * A fresh row id (heap row locator, or uniquifier of a non-unique clustered key) of a data id.
   */
  public long nextRowId(long dataId) {
    return counters.next(SystemKeys.counter(ROW_IDS, dataId), 1, 1000);
  }

  /**
   * The next rowversion of a database (its @@DBTS is then this value): unique and increasing
   * within the database, across restarts (a crash leaves a gap, never a repeat).
   */
  public long nextRowversion(int databaseId) {
    return counters.next(SystemKeys.counter(ROWVERSIONS, databaseId), INITIAL_DBTS + 1, 1000);
  }

  /**
   * {@link #nextRowversion(int)} drawn for {@code owner} (a transaction), whose values count as
   * active for {@link #minActiveRowversion} until {@link #releaseRowversions} is called for it.
   */
  public long nextRowversion(int databaseId, Object owner) {
    return activeRowversions.next(owner, databaseId, () -> nextRowversion(databaseId));
  }

  /** {@code owner} ended: the rowversions it drew are no longer active. */
  public void releaseRowversions(Object owner) {
    activeRowversions.release(owner);
  }

  /**
   * MIN_ACTIVE_ROWVERSION(): the lowest rowversion of the database a transaction that has not ended
   * holds, or @@DBTS + 1 when none does.
   */
  public long minActiveRowversion(int databaseId) {
    return activeRowversions.minimum(databaseId, () -> lastRowversion(databaseId) + 1);
  }

  /** A rowversion value as SQL Server shows it: eight bytes, most significant first. */
  public static byte[] rowversionBytes(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }

  /** @@DBTS: the last rowversion the database handed out ({@link #INITIAL_DBTS} before any). */
  public long lastRowversion(int databaseId) {
    return counters.last(SystemKeys.counter(ROWVERSIONS, databaseId), INITIAL_DBTS + 1);
  }

  /** A restored database's @@DBTS continues from its backup's ({@link DatabaseImageLoader}). */
  void restoreRowversion(int databaseId, long last) {
    counters.advance(SystemKeys.counter(ROWVERSIONS, databaseId), INITIAL_DBTS + 1, last);
  }

  /** A fresh LOB id within a table's LOB range. */
  public long nextLobId(long dataId) {
    return counters.next(SystemKeys.counter(LOB_IDS, dataId), 1, 100);
  }

  public void createDatabase(KvTxn txn, Database db) {
    claimName(txn, SystemKeys.DATABASE_KIND, 0, db.name(), db.id());
    txn.put(SystemKeys.record(SystemKeys.DATABASE_KIND, db.id()), MetaCodec.encode(db));
    stampWritten(txn);
  }

  /** Writes a database's changed record (ALTER DATABASE … SET). */
  public void alterDatabase(KvTxn txn, Database db) {
    txn.put(SystemKeys.record(SystemKeys.DATABASE_KIND, db.id()), MetaCodec.encode(db));
    stampWritten(txn);
  }

  /** Drops a database with every schema and object in it. */
  public void dropDatabase(KvTxn txn, int databaseId) {
    Metadata m = metadata(txn);
    Database db =
        m.database(databaseId)
            .orElseThrow(() -> new IllegalArgumentException("No database " + databaseId));
    log.dropped(txn, databaseId);
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        dropObject(txn, o.id());
      }
      for (UserType t : m.userTypes(s.id())) {
        dropType(txn, t.id());
      }
      dropSchema(txn, s.id());
    }
    for (ExtendedProperty p : m.extendedProperties(databaseId)) {
      properties.drop(txn, p);
    }
    for (ExternalLibrary l : m.externalLibraries(databaseId)) {
      externalLibraries.drop(txn, l);
    }
    for (XmlSchemaCollection c : m.xmlSchemaCollections(databaseId)) {
      xmlSchemaCollections.drop(txn, c);
    }
    for (PartitionScheme ps : m.partitions().schemes(databaseId)) {
      partitions.drop(txn, ps);
    }
    for (PartitionFunction pf : m.partitions().functions(databaseId)) {
      partitions.drop(txn, pf);
    }
    encryption.dropDatabase(txn, m, databaseId);
    m.fullText().catalogs(databaseId).forEach(c -> txn.delete(FullTextCodec.key(c)));
    dropSecurity(txn, m.security(), databaseId);
    txn.delete(SystemKeys.name(SystemKeys.DATABASE_KIND, 0, db.name()));
    txn.delete(SystemKeys.record(SystemKeys.DATABASE_KIND, databaseId));
    stampWritten(txn);
  }

  /** The users, roles, memberships and permissions of a dropped database (its logins stay). */
  private void dropSecurity(KvTxn txn, Security records, int databaseId) {
    for (Permission p : records.permissions(databaseId)) {
      security.deletePermission(txn, p);
    }
    for (RoleMember r : records.members(databaseId)) {
      security.dropMember(txn, r);
    }
    for (DbPrincipal p : records.principals(databaseId)) {
      security.dropPrincipal(txn, p);
    }
  }

  public void createSchema(KvTxn txn, Schema schema) {
    claimName(txn, SystemKeys.SCHEMA_KIND, schema.databaseId(), schema.name(), schema.id());
    txn.put(SystemKeys.record(SystemKeys.SCHEMA_KIND, schema.id()), MetaCodec.encode(schema));
    stampWritten(txn);
  }

  /** Rewrites a schema's record (ALTER AUTHORIZATION: its owner); the name is unchanged. */
  public void alterSchema(KvTxn txn, Schema schema) {
    txn.put(SystemKeys.record(SystemKeys.SCHEMA_KIND, schema.id()), MetaCodec.encode(schema));
    stampWritten(txn);
  }

  /** Drops a schema; the caller has checked that it is empty (error 3729 otherwise). */
  public void dropSchema(KvTxn txn, int schemaId) {
    Schema s =
        metadata(txn)
            .schema(schemaId)
            .orElseThrow(() -> new IllegalArgumentException("No schema " + schemaId));
    properties.dropSchema(txn, metadata(txn), s.databaseId(), schemaId);
    txn.delete(SystemKeys.name(SystemKeys.SCHEMA_KIND, s.databaseId(), s.name()));
    txn.delete(SystemKeys.record(SystemKeys.SCHEMA_KIND, schemaId));
    stampWritten(txn);
  }

  /**
   * CREATE TABLE / VIEW / SEQUENCE: the object's name and its constraints' names must be free in
   * the schema.
   */
  public void createObject(KvTxn txn, SchemaObject object) {
    noteDefinition(txn, object);
    for (String name : namesOf(object)) {
      claimName(txn, SystemKeys.OBJECT_KIND, object.schemaId(), name, object.id());
    }
    java.time.Instant now = java.time.Instant.now();
    // Before the object's record: writing that one stamps the metadata, which must include these.
    writeDates(txn, new ObjectDates(object.id(), now, now));
    writeObject(txn, object);
  }

  private static void writeDates(KvTxn txn, ObjectDates dates) {
    txn.put(SystemKeys.record(SystemKeys.DATES_KIND, dates.objectId()), ObjectDates.encode(dates));
  }

  /** CREATE TYPE: the name must be free among the schema's types (error 219 otherwise). */
  public void createType(KvTxn txn, UserType type) {
    claimName(txn, SystemKeys.TYPE_KIND, type.schemaId(), type.name(), type.id());
    txn.put(SystemKeys.record(SystemKeys.TYPE_KIND, type.id()), MetaCodec.encode(type));
    stampWritten(txn);
  }

  /** DROP TYPE; the caller has checked that nothing references it (error 3732 otherwise). */
  public void dropType(KvTxn txn, int typeId) {
    UserType old =
        metadata(txn)
            .userType(typeId)
            .orElseThrow(() -> new IllegalArgumentException("No type " + typeId));
    txn.delete(SystemKeys.name(SystemKeys.TYPE_KIND, old.schemaId(), old.name()));
    txn.delete(SystemKeys.record(SystemKeys.TYPE_KIND, typeId));
    stampWritten(txn);
  }

  /**
   * ALTER of an existing object (same id): renames, columns, indexes, constraints. Names it no
   * longer uses are released, new ones claimed; the data of indexes it no longer has is reclaimed.
   */
  public void alterObject(KvTxn txn, SchemaObject changed) {
    noteDefinition(txn, changed);
    stability.ddlBegins(txn, changed.id());
    Metadata current = metadata(txn);
    SchemaObject old =
        current
            .object(changed.id())
            .orElseThrow(() -> new IllegalArgumentException("No object " + changed.id()));
    requireCurrent(txn, old);
    // An object from before dates were kept gets its first dates now: created unknown, so the same.
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant created = current.objectDates(changed.id()).map(ObjectDates::created).orElse(now);
    Set<ByteBuffer> oldNames = keys(namesOf(old));
    Set<ByteBuffer> newNames = keys(namesOf(changed));
    for (String name : namesOf(old)) {
      if (!newNames.contains(Names.key(name)) || old.schemaId() != changed.schemaId()) {
        txn.delete(SystemKeys.name(SystemKeys.OBJECT_KIND, old.schemaId(), name));
      }
    }
    for (String name : namesOf(changed)) {
      if (!oldNames.contains(Names.key(name)) || old.schemaId() != changed.schemaId()) {
        claimName(txn, SystemKeys.OBJECT_KIND, changed.schemaId(), name, changed.id());
      }
    }
    for (long dataId : dataIds(old)) {
      if (!dataIds(changed).contains(dataId)) {
        markGarbage(txn, dataId);
      }
    }
    if (old instanceof Table before && changed instanceof Table after) {
      Metadata m = metadata(txn);
      m.schema(old.schemaId()).ifPresent(s -> properties.dropParts(txn, m, s.databaseId(), before, after));
      statistics.alterTable(txn, m, before, after);
    }
    // Before the object's record, whose write stamps the metadata (see createObject).
    writeDates(txn, new ObjectDates(changed.id(), created, now));
    writeObject(txn, changed);
  }

  /** ALTER TABLE … SET (LOCK_ESCALATION = …): DDL on the table, in {@code txn}. */
  public void setLockEscalation(KvTxn txn, int tableId, LockEscalation mode) {
    stability.ddlBegins(txn, tableId);
    byte[] key = SystemKeys.record(SystemKeys.LOCK_ESCALATION_KIND, tableId);
    if (mode == LockEscalation.TABLE) {
      txn.delete(key);
    } else {
      txn.put(key, LockEscalation.encode(tableId, mode));
    }
    stampWritten(txn);
  }

  /**
   * Sets or (null) removes table {@code tableId}'s SYSTEM_TIME period and versioning: DDL on the
   * table, in {@code txn}.
   */
  public void setSystemTimePeriod(KvTxn txn, int tableId, SystemTimePeriod period) {
    stability.ddlBegins(txn, tableId);
    if (period == null) {
      txn.delete(SystemTimePeriod.key(tableId));
    } else {
      txn.put(SystemTimePeriod.key(tableId), SystemTimePeriod.encode(period));
    }
    stampWritten(txn);
  }

  /**
   * Sets or (null) removes table {@code tableId}'s change tracking: DDL on the table, in {@code
   * txn}. Removing it, or {@code clearChanges} (TRUNCATE TABLE), deletes the changes kept.
   */
  public void setChangeTracking(KvTxn txn, int tableId, ChangeTrackingTable tracking, boolean clearChanges) {
    stability.ddlBegins(txn, tableId);
    if (tracking == null) {
      txn.delete(ChangeTrackingTable.key(tableId));
    } else {
      txn.put(ChangeTrackingTable.key(tableId), ChangeTrackingTable.encode(tracking));
    }
    if (tracking == null || clearChanges) {
      ChangeLog.clear(txn, tableId);
    }
    stampWritten(txn);
  }

  /**
   * Commits {@code txn}: a transaction that changed change-tracked tables gets its version first
   * ({@link ChangeVersions}). Every transaction that wrote rows commits through here.
   */
  public void commit(KvTxn txn) {
    log.commit(txn, () -> changeVersions.commit(txn));
  }

  /**
   * An object's new definition (or its drop) is DDL for the transaction log, and a table's a change
   * of it for the differential marks ({@link TransactionLog}).
   */
  private void noteDefinition(KvTxn txn, SchemaObject o) {
    if (!log.anyActive()) {
      return;
    }
    int tableId = o instanceof Table t ? t.id() : 0;
    metadata(txn).schema(o.schemaId()).ifPresent(s -> log.definitionChanged(txn, s.databaseId(), tableId));
  }

  /** The databases' transaction logs and differential marks ({@link TransactionLog}). */
  public TransactionLog log() {
    return log;
  }

  /**
   * What logs {@code table}'s row changes in {@code txn}, or null when its database neither keeps
   * a log nor tracks changes for a differential backup: one map lookup per opened table.
   */
  public RowChanges logRecorder(KvTxn txn, Metadata m, Table table) {
    return m.schema(table.schemaId()).map(s -> log.recorder(txn, s.databaseId(), table)).orElse(null);
  }

  /**
   * Has {@code txn}'s commit take the next change tracking version of {@code databaseId} though it
   * changed no tracked row (TRUNCATE TABLE of a tracked table, which keeps no per-row changes).
   */
  public void takeChangeVersion(KvTxn txn, int databaseId) {
    txn.put(PendingChanges.key(changeVersions.token(txn), 0, new byte[0]), PendingChanges.value(databaseId, new byte[0]));
  }

  /** {@code txn} ends without a commit: forgets its pending tracked changes, if any. */
  public void ended(KvTxn txn) {
    changeVersions.forget(txn);
    log.forget(txn);
  }

  /** The last change tracking version committed in {@code databaseId}, as {@code txn} sees it. */
  public long changeTrackingVersion(KvTxn txn, int databaseId) {
    return ChangeVersions.current(txn, databaseId);
  }

  /**
   * What records {@code table}'s changes in {@code txn}, or null when the table is not tracked:
   * one map lookup per opened table. {@code context}: the running statement's
   * CHANGE_TRACKING_CONTEXT (null: none).
   */
  public ChangeRecorder changeRecorder(
      KvTxn txn, Metadata m, Table table, java.util.function.Supplier<byte[]> context) {
    ChangeTrackingTable tracking = m.changeTracking(table.id());
    if (tracking == null) {
      return null;
    }
    int databaseId = m.schema(table.schemaId()).orElseThrow().databaseId();
    return new ChangeRecorder(changeVersions, txn, databaseId, table, tracking, context);
  }

  /** DROP TABLE / VIEW / SEQUENCE; a table's rows and index entries are reclaimed after commit. */
  public void dropObject(KvTxn txn, int objectId) {
    stability.ddlBegins(txn, objectId);
    Metadata m = metadata(txn);
    SchemaObject old =
        m.object(objectId)
            .orElseThrow(() -> new IllegalArgumentException("No object " + objectId));
    requireCurrent(txn, old); // else the data of an index added meanwhile would never be reclaimed
    if (log.anyActive()) {
      m.schema(old.schemaId()).ifPresent(s -> log.definitionChanged(txn, s.databaseId(), 0));
    }
    for (String name : namesOf(old)) {
      txn.delete(SystemKeys.name(SystemKeys.OBJECT_KIND, old.schemaId(), name));
    }
    m.schema(old.schemaId()).ifPresent(s -> properties.dropObject(txn, m, s.databaseId(), objectId));
    for (long dataId : dataIds(old)) {
      markGarbage(txn, dataId);
    }
    txn.delete(SystemKeys.record(SystemKeys.OBJECT_KIND, objectId));
    txn.delete(SystemKeys.record(SystemKeys.DATES_KIND, objectId));
    txn.delete(SystemKeys.record(SystemKeys.LOCK_ESCALATION_KIND, objectId));
    txn.delete(SystemTimePeriod.key(objectId));
    partitions.dropTable(txn, objectId);
    if (m.changeTracking(objectId) != null) {
      txn.delete(ChangeTrackingTable.key(objectId));
      ChangeLog.clear(txn, objectId);
    }
    statistics.dropObject(txn, m, objectId);
    fullText.dropTable(txn, m, objectId);
    stampWritten(txn);
  }

  /**
   * TRUNCATE TABLE: every index gets a fresh, empty key range; the old ones are reclaimed after
   * commit. Returns the new definition. Resetting the identity is {@link
   * ValueCounters#reseedIdentity}.
   */
  public Table truncate(KvTxn txn, Table table) {
    List<Index> fresh = new ArrayList<>();
    for (Index i : table.indexes()) {
      fresh.add(i.withDataId(newDataId()));
    }
    Table truncated = table.withIndexes(fresh);
    if (logRecorder(txn, metadata(txn), table) instanceof LogRecorder r) {
      r.truncated(); // TRUNCATE writes no row deletes: the log holds the truncation itself
    }
    alterObject(txn, truncated);
    FullTextIndex text = metadata(txn).fullText().index(table.id());
    if (text != null) {
      fullText.empty(txn, text, text.crawlEnd()); // TRUNCATE logs no row deletes: the index empties with the rows
    }
    return truncated;
  }

  /**
   * Deletes the key ranges of committed drops and truncates. Call after a DDL transaction commits.
   */
  public void reclaimGarbage() {
    List<Long> garbage = new ArrayList<>();
    try (KvTxn t = store.begin();
        KvIterator it = t.peekScan(SystemKeys.garbageStart(), SystemKeys.garbageEnd(), false)) {
      while (it.next()) {
        garbage.add(ByteBuffer.wrap(it.key(), 2, 8).getLong());
      }
    }
    for (long dataId : garbage) {
      byte[] data = SystemKeys.data(dataId);
      byte[] lob = SystemKeys.lob(dataId);
      store.reclaimRange(data, SystemKeys.end(data));
      store.reclaimRange(lob, SystemKeys.end(lob));
      try (KvTxn t = store.begin()) {
        for (byte[] counter :
            new byte[][] {
              SystemKeys.counter(ROW_IDS, dataId), SystemKeys.counter(LOB_IDS, dataId)
            }) {
          counters.forget(counter);
          t.delete(counter);
        }
        t.delete(SystemKeys.garbage(dataId));
        t.commit();
      }
    }
  }

  /**
   * Locks {@code table} exclusively until {@code txn} ends (TABLOCK): its table lock ({@link
   * SystemKeys#tableLock}), which every transaction writing the table or reading it with locks holds
   * shared until it ends, so once this is granted no other transaction is changing the table or can
   * until {@code txn} ends; its rows then need no locks of their own ({@link
   * TableStore#coveredByTableLock}). Readers that take no locks are not held up. Then takes the
   * shared schema-stability lock, and fails with {@link StaleMetadataException} if the latest
   * committed definition is not {@code table} (a DDL committed while this waited).
   *
   * <p>The table lock comes first, as SQL Server's Sch-M does: a request that held the definition
   * shared while it waited would deadlock with a holder of the table that alters it (the holder's
   * upgrade goes ahead of the waiting request, then needs the definition exclusively). Once the
   * table lock is held no DDL can change the definition (every DDL takes the table lock first).
   */
  public void lockTableExclusively(KvTxn txn, Table table) {
    txn.getForUpdate(SystemKeys.tableLock(table.id()));
    lockStable(txn, table, -1, definitionKey(table), true);
  }

  /** The table lock shared, as every writer and locking reader of {@code table} holds it. */
  void lockTableShared(KvTxn txn, Table table) {
    txn.lockSharedInTurn(SystemKeys.tableLock(table.id()), definitionKey(table));
  }

  private static byte[] definitionKey(Table table) {
    return SystemKeys.record(SystemKeys.OBJECT_KIND, table.id());
  }

  /** Lock escalation's attempt at the table lock: exclusive if that needs no wait. */
  boolean tryLockTableExclusively(KvTxn txn, Table table) {
    return txn.tryLockExclusive(SystemKeys.tableLock(table.id()));
  }

  /** As {@link #lockDefinition(KvTxn, Table, long)}, always reading the stored definition back. */
  void lockDefinition(KvTxn txn, Table table) {
    lockDefinition(txn, table, -1);
  }

  /**
   * The shared schema-stability lock DML holds on a table until its transaction ends; fails with
   * {@link StaleMetadataException} if {@code table} is not the definition {@code txn}'s read
   * snapshot holds. {@code notedGeneration}: a {@link #ddlGeneration} noted before that snapshot
   * was taken, or -1.
   */
  void lockDefinition(KvTxn txn, Table table, long notedGeneration) {
    lockStable(txn, table, notedGeneration, definitionKey(table), false);
  }

  /**
   * As {@link #lockDefinition(KvTxn, Table, long)} for a statement that writes the table: its table
   * lock ({@link SystemKeys#tableLock}) shared instead of its definition's, one lock where a writer
   * needs both otherwise. DDL takes the table lock exclusively too ({@link SchemaStability#ddlBegins}),
   * so it keeps the definition stable as well. SNAPSHOT takes both: the definition's lock is what
   * detects a DDL committed since its snapshot began.
   */
  void lockForWrite(KvTxn txn, Table table, long notedGeneration) {
    if (txn.isolation() == dev.quern.catalog.kv.KvIsolation.SNAPSHOT) {
      lockDefinition(txn, table, notedGeneration);
      lockTableShared(txn, table);
      return;
    }
    lockStable(txn, table, notedGeneration, SystemKeys.tableLock(table.id()), true);
  }

  /**
   * Locks {@code key} shared, then checks {@code table} is the definition: a reader's at its read
   * snapshot (its rows are read there too), a writer's ({@code forWrite}) the latest committed one,
   * since its writes land on the latest rows and the lock may have waited for a DDL that committed
   * after the snapshot.
   */
  private void lockStable(KvTxn txn, Table table, long notedGeneration, byte[] key, boolean forWrite) {
    // In turn: a DDL waiting for the table (for its table lock or its definition) goes first.
    byte[] tableLock = SystemKeys.tableLock(table.id());
    byte[] sameTable = Arrays.equals(key, tableLock) ? definitionKey(table) : tableLock;
    try {
      txn.lockSharedInTurn(key, sameTable);
    } catch (KvConflictException e) {
      // Under SNAPSHOT the lock validates the snapshot: the definition changed since it began.
      Metadata m = metadata(txn);
      String database = m.schema(table.schemaId()).flatMap(s -> m.database(s.databaseId())).map(Database::name).orElse("");
      throw new SnapshotDdlConflictException(table.name(), database);
    }
    if (isLatestCommitted(table, notedGeneration)) {
      return; // the snapshot holds the latest committed metadata, and table is its definition
    }
    if (!(forWrite ? isLatestStored(txn, table) : isStored(txn, table))) {
      throw new StaleMetadataException(table.name());
    }
  }

  /**
   * Whether {@code table} is the very definition of the latest committed metadata, and no DDL has
   * begun or ended since {@code notedGeneration} (so a snapshot taken after noting it holds that
   * metadata): then reading the stored definition back would only find {@code table} again. Asked
   * after the shared lock is taken, so that no DDL of the table can start once it answers.
   */
  private boolean isLatestCommitted(Table table, long notedGeneration) {
    if (notedGeneration < 0) {
      return false;
    }
    Metadata latest = committed.ifQuietSince(notedGeneration);
    return latest != null && latest.table(table.id()).orElse(null) == table;
  }

  /**
   * The latest committed metadata when it is known without a read (no DDL in flight since it was
   * last read), else null. For statements that read without a transaction ({@link
   * #openWithoutLocks}); the tables they bind are proved current when they open them.
   */
  public Metadata committedMetadata() {
    return committed.ifQuietSince(committed.generation());
  }

  /**
   * Opens {@code table} for a reader that takes no lock and never waits, reading through {@code
   * reads} (a {@link KvStore#beginReadOnly} transaction): schema stability comes from {@link
   * SchemaStability} instead of a lock, and {@code table} is proved to be the definition stored in
   * {@code reads}' snapshot, so its rows there decode with it. Returns null when a DDL holds or is
   * taking the table's definition, or {@code table} is not that definition; the caller then opens
   * it with {@link TableStore#open} in a transaction (which waits for the DDL, or throws {@link
   * StaleMetadataException}).
   *
   * <p>Until the returned read is closed, its reader must not wait for anything (a lock, another
   * session): a DDL on the table waits for it to close.
   */
  public LockFreeRead openWithoutLocks(KvTxn reads, Table table, TableStore.IndexFilter filter) {
    SchemaStability.Gate gate = stability.enter(table, t -> isStored(reads, t));
    if (gate == null) {
      return null;
    }
    return new LockFreeRead(TableStore.stable(this, reads, table, filter), () -> stability.leave(gate));
  }

  /** Whether {@code table} is the definition {@code reads} sees stored. */
  private boolean isStored(KvTxn reads, Table table) {
    return isDefinition(reads.peek(SystemKeys.record(SystemKeys.OBJECT_KIND, table.id())), table);
  }

  /** Whether {@code table} is the latest committed definition (or {@code txn}'s own), whatever its snapshot. */
  private boolean isLatestStored(KvTxn txn, Table table) {
    return isDefinition(txn.peekLatest(SystemKeys.record(SystemKeys.OBJECT_KIND, table.id())), table);
  }

  /** Whether {@code stored} (a table record's value, or null) is {@code table}'s definition. */
  private boolean isDefinition(byte[] stored, Table table) {
    return stored != null && Arrays.equals(stored, encoded(table));
  }

  /** How many schema-stability gates exist (tests). */
  int stabilityGates() {
    return stability.gateCount();
  }

  /** The stored form of {@code table}, remembered for the instance statements keep using. */
  private byte[] encoded(Table table) {
    Encoded e = lastEncoded.get(table.id());
    if (e != null && e.table() == table) {
      return e.bytes();
    }
    byte[] bytes = MetaCodec.encode(table);
    lastEncoded.put(table.id(), new Encoded(table, bytes));
    return bytes;
  }

  private record Encoded(Table table, byte[] bytes) {}

  /**
   * What {@link TableStore} derives from {@code table}'s definition, remembered for the instance
   * statements keep using (one per metadata state), so opening a table per statement is cheap.
   */
  TableShape shape(Table table) {
    TableShape s = lastShape.get(table.id());
    if (s != null && s.table() == table) {
      return s;
    }
    s = TableShape.of(table);
    lastShape.put(table.id(), s);
    return s;
  }

  /**
   * Takes {@code table} for a DDL that copies its rows (index builds, rewrites): writers finish and
   * none starts until {@code txn} ends ({@link SchemaStability#ddlBegins}), and {@code table} must
   * still be the stored definition. The caller then reads the rows at a snapshot taken after this.
   */
  public void lockForRewrite(KvTxn txn, Table table) {
    stability.ddlBegins(txn, table.id());
    requireCurrent(txn, table);
  }

  /**
   * After {@link SchemaStability#ddlBegins}, which may have waited for another DDL of the table to
   * commit: the table's stored definition must still be {@code seen}, the one this DDL read. One
   * built on an older definition would undo that DDL and could leave rows written under it that
   * the result cannot decode; the statement is bound again instead ({@link StaleMetadataException}).
   */
  private void requireCurrent(KvTxn txn, SchemaObject seen) {
    if (seen instanceof Table t && !isLatestStored(txn, t)) {
      throw new StaleMetadataException(t.name());
    }
  }

  private void writeObject(KvTxn txn, SchemaObject object) {
    txn.put(SystemKeys.record(SystemKeys.OBJECT_KIND, object.id()), MetaCodec.encode(object));
    stampWritten(txn);
  }

  void claimName(KvTxn txn, byte kind, int parentId, String name, int id) {
    byte[] key = SystemKeys.name(kind, parentId, name);
    if (txn.getForUpdate(key) != null) {
      throw new DuplicateNameException(name);
    }
    txn.put(key, ByteBuffer.allocate(4).putInt(id).array());
  }

  /** Data that no record refers to any more: its rows and LOB chunks are reclaimed after commit. */
  void discardData(KvTxn txn, long dataId) {
    markGarbage(txn, dataId);
  }

  private void markGarbage(KvTxn txn, long dataId) {
    txn.put(SystemKeys.garbage(dataId), new byte[0]);
  }

  /** A fresh random stamp: names exactly one metadata state (see {@link MetadataCache}). */
  /** Every DDL writes a fresh stamp (see {@link MetadataCache}). */
  void stampWritten(KvTxn txn) {
    committed.stampWritten(txn);
    long stamp;
    do {
      stamp = ThreadLocalRandom.current().nextLong();
    } while (stamp == 0);
    byte[] value = ByteBuffer.allocate(8).putLong(stamp).array();
    if (ddlTakesTurns) {
      txn.put(SystemKeys.stamp(), value);
    } else {
      // Unlocked, the last DDL to commit leaves its stamp: each stamp is still written once, by
      // one transaction, so it still names one committed state (readers load that state with the
      // stamp in one consistent read, and a DDL transaction keeps its own view apart).
      txn.putCovered(SystemKeys.stamp(), value);
    }
  }

  private static List<String> namesOf(SchemaObject o) {
    List<String> names = new ArrayList<>();
    names.add(o.name());
    if (o instanceof Table t) {
      for (Constraint c : t.constraints()) {
        names.add(c.name());
      }
    }
    return names;
  }

  private static Set<ByteBuffer> keys(List<String> names) {
    Set<ByteBuffer> out = new HashSet<>();
    for (String n : names) {
      out.add(Names.key(n));
    }
    return out;
  }

  private static List<Long> dataIds(SchemaObject o) {
    return o instanceof Table t ? t.indexes().stream().map(Index::dataId).toList() : List.of();
  }

  /** Persists the exact counter positions (clean shutdown). Does not close the store. */
  @Override
  public void close() {
    values.close();
    counters.close();
  }
}
