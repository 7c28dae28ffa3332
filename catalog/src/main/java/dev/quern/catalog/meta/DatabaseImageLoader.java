package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link DatabaseImage} back as a new database, under a name of the caller's choice and
 * with fresh ids ({@link ImageIds}), in the caller's transaction: RESTORE commits it whole or
 * leaves nothing. Catalog entries are held until the first rows (they are small), since an FK or
 * a trigger may name an object that comes later; rows then stream into their tables.
 */
public final class DatabaseImageLoader {
  private final Catalog catalog;
  private final KvTxn txn;
  private final String name;
  private final Function<Table, TableStore.IndexFilter> filters;
  private final Map<Integer, List<byte[]>> held = new HashMap<>();
  private final Map<Integer, Table> oldTables = new HashMap<>();
  private final Map<Integer, Table> newTables = new HashMap<>();
  private final Map<Integer, Long> sequenceRestarts = new HashMap<>();
  private Map<Integer, Table> base = Map.of();
  private ImageIds ids;
  private Database database;
  private TableStore rows;
  private RowLayout rowLayout;
  private long rowCount;

  /**
   * @param filters the engine's evaluation of filtered indexes' WHERE texts, per restored table
   */
  public DatabaseImageLoader(
      Catalog catalog, KvTxn txn, String name, Function<Table, TableStore.IndexFilter> filters) {
    this.catalog = catalog;
    this.txn = txn;
    this.name = name;
    this.filters = filters;
  }

  /**
   * Where a differential image's unchanged tables take their rows from: old (source) table id →
   * the table restored before (read in this same transaction, before its database's data is
   * reclaimed).
   */
  public DatabaseImageLoader withBase(Map<Integer, Table> tables) {
    this.base = tables;
    return this;
  }

  /** A differential image's unchanged table that is not in its base as the image defines it. */
  public static final class BaseMismatch extends RuntimeException {
    BaseMismatch(String why) {
      super(why);
    }
  }

  /** The next entry of the image, in the order {@link DatabaseImage#export} wrote them. */
  public void accept(int kind, byte[] payload) {
    switch (kind) {
      case DatabaseImage.TABLE_ROWS -> {
        writeCatalog();
        int oldId = new ByteSource(payload).getInt();
        Table t = newTables.get(oldId);
        rows = TableStore.stable(catalog, txn, t, filters.apply(t)).coveredByTableLock();
        Metadata m = catalog.metadata(txn);
        FullTextIndex text = m.fullText().index(t.id());
        if (text != null) {
          rows.indexFullText(catalog.fullText().indexerOf(txn, m, t, text)); // rebuilt from the restored rows
        }
        rowLayout = DatabaseImage.columnLayout(oldTables.get(oldId));
      }
      case DatabaseImage.TABLE_FROM_BASE -> {
        writeCatalog();
        copyFromBase(new ByteSource(payload).getInt());
      }
      case DatabaseImage.CHANGE -> {
        writeCatalog();
        ByteSource in = new ByteSource(payload);
        int table = ids.id(in.getInt());
        long version = in.getLong();
        byte[] key = in.get((int) in.getVarint());
        byte[] change = java.util.Arrays.copyOfRange(payload, in.position(), payload.length);
        ChangeLog.write(txn, table, version, key, change);
      }
      case DatabaseImage.ROW -> {
        rows.insert(RowCodec.decode(rowLayout, payload, null));
        rowCount++;
      }
      default -> held.computeIfAbsent(kind, k -> new ArrayList<>()).add(payload);
    }
  }

  /**
   * Each table of the image as restored: old table id → new table id and the old definition's
   * {@link LogRecord#shape} (a restore sequence applies the source's log records through it).
   */
  public java.util.Map<Integer, long[]> restoredTables() {
    writeCatalog();
    java.util.Map<Integer, long[]> out = new java.util.LinkedHashMap<>();
    oldTables.forEach((old, t) -> out.put(old, new long[] {newTables.get(old).id(), LogRecord.shape(t)}));
    return out;
  }

  /** The rows of the base's table {@code oldId} copied into its restored table. */
  private void copyFromBase(int oldId) {
    Table from = base.get(oldId);
    Table source = oldTables.get(oldId);
    if (from == null || source == null || LogRecord.shape(from) != LogRecord.shape(source)) {
      throw new BaseMismatch("table " + oldId + " is not in the base as the image defines it");
    }
    Table t = newTables.get(oldId);
    TableStore into = TableStore.stable(catalog, txn, t, filters.apply(t)).coveredByTableLock();
    Metadata m = catalog.metadata(txn);
    FullTextIndex text = m.fullText().index(t.id());
    if (text != null) {
      into.indexFullText(catalog.fullText().indexerOf(txn, m, t, text));
    }
    try (RowCursor c = TableStore.stable(catalog, txn, from, null).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        into.insert(c.row());
        rowCount++;
      }
    }
  }

  /** The rows written so far. */
  public long rowCount() {
    return rowCount;
  }

  /** Ends the image; returns the new database (committed with the caller's transaction). */
  public Database finish() {
    writeCatalog();
    return database;
  }

  private List<byte[]> held(int kind) {
    return held.getOrDefault(kind, List.of());
  }

  private void writeCatalog() {
    if (database != null) {
      return;
    }
    if (held(DatabaseImage.DATABASE).size() != 1) {
      throw new IllegalArgumentException("A database image holds one database record");
    }
    Database old = MetaCodec.decodeDatabase(held(DatabaseImage.DATABASE).getFirst());
    database = new Database(catalog.newDatabaseId(), name, old.collation(), old.options());
    ids = new ImageIds(catalog, database.id());
    catalog.createDatabase(txn, database);
    for (byte[] b : held(DatabaseImage.SCHEMA)) {
      catalog.createSchema(txn, ids.schema(MetaCodec.decodeSchema(b)));
    }
    for (byte[] b : held(DatabaseImage.TYPE)) {
      catalog.createType(txn, ids.type(MetaCodec.decodeType(b)));
    }
    writeObjects();
    writeParts();
    writeSecurity();
    for (byte[] b : held(DatabaseImage.EXTERNAL_LIBRARY)) {
      ImageLibraries.restore(catalog, txn, database.id(), b);
    }
    catalog.stampWritten(txn);
  }

  private void writeObjects() {
    List<SchemaObject> objects = new ArrayList<>();
    for (byte[] b : held(DatabaseImage.OBJECT)) {
      SchemaObject o = MetaCodec.decodeObject(b);
      ids.claimObject(o);
      objects.add(o);
    }
    for (SchemaObject o : objects) {
      SchemaObject restored = ids.object(o);
      catalog.createObject(txn, restored);
      if (restored instanceof Sequence q) {
        sequenceRestarts.put(q.id(), q.restarts());
      }
      if (o instanceof Table t) {
        oldTables.put(t.id(), t);
        newTables.put(t.id(), (Table) restored);
      }
    }
  }

  private void writeParts() {
    for (byte[] b : held(DatabaseImage.DATES)) {
      ObjectDates d = ids.dates(ObjectDates.decode(b));
      txn.put(SystemKeys.record(SystemKeys.DATES_KIND, d.objectId()), ObjectDates.encode(d));
    }
    for (byte[] b : held(DatabaseImage.LOCK_ESCALATION)) {
      LockEscalation.Setting s = LockEscalation.decode(b);
      int tableId = ids.id(s.tableId());
      txn.put(SystemKeys.record(SystemKeys.LOCK_ESCALATION_KIND, tableId), LockEscalation.encode(tableId, s.mode()));
    }
    for (byte[] b : held(DatabaseImage.STATISTICS)) {
      catalog.statistics().save(txn, ids.statistics(StatisticsCodec.decode(b)));
    }
    for (byte[] b : held(DatabaseImage.SYSTEM_TIME_PERIOD)) {
      SystemTimePeriod p = SystemTimePeriod.decode(b);
      int tableId = ids.id(p.tableId());
      int historyId = p.versioned() ? ids.id(p.historyTableId()) : 0;
      txn.put(SystemTimePeriod.key(tableId), SystemTimePeriod.encode(new SystemTimePeriod(tableId,
          p.startColumnId(), p.endColumnId(), p.startHidden(), p.endHidden(), historyId, p.consistencyCheck(),
          p.retention())));
    }
    for (byte[] b : held(DatabaseImage.CHANGE_TRACKING_TABLE)) {
      ChangeTrackingTable t = ChangeTrackingTable.decode(b);
      int tableId = ids.id(t.tableId());
      txn.put(ChangeTrackingTable.key(tableId), ChangeTrackingTable.encode(t.onTable(tableId)));
    }
    for (byte[] b : held(DatabaseImage.CHANGE_TRACKING_VERSION)) {
      txn.put(ChangeVersions.key(database.id()), b); // a new database: its first tracked commit reads it
    }
    for (byte[] b : held(DatabaseImage.EXTENDED_PROPERTY)) {
      catalog.extendedProperties().save(txn, ids.property(ExtendedPropertyCodec.decode(b)));
    }
    for (byte[] b : held(DatabaseImage.VALUE_COUNTER)) {
      ByteSource in = new ByteSource(b);
      int newId = ids.id(in.getInt());
      boolean handedOut = in.get() == 1;
      long last = in.getLong();
      catalog.values().restore(newId, handedOut ? last : null, sequenceRestarts.getOrDefault(newId, 0L));
    }
    for (byte[] b : held(DatabaseImage.ROWVERSION)) {
      catalog.restoreRowversion(database.id(), new ByteSource(b).getLong());
    }
    writePartitioning();
    writeEncryption();
    writeFullText();
    writeXmlSchemaCollections();
  }

  /** Collections keep their ids (numbered per database, as typed xml columns name them); their schema follows. */
  private void writeXmlSchemaCollections() {
    for (byte[] b : held(DatabaseImage.XML_SCHEMA_COLLECTION)) {
      XmlSchemaCollection c = XmlSchemaCollectionCodec.decode(b);
      catalog.xmlSchemaCollections().save(txn, c.inDatabase(database.id(), ids.id(c.schemaId())));
    }
  }

  /**
   * Keys and certificates keep their ids and their encrypted material. The master key's encryption
   * by the service master key still opens it on the server that made the backup; elsewhere it must
   * be opened by its password, as after a RESTORE on another SQL Server.
   */
  private void writeEncryption() {
    int db = database.id();
    for (byte[] b : held(DatabaseImage.MASTER_KEY)) {
      DatabaseMasterKey k = EncryptionCodec.decodeMasterKey(b);
      catalog.encryption().save(txn,
          new DatabaseMasterKey(db, k.guid(), k.byPasswords(), k.byServiceKey(), k.created(), k.modified()));
    }
    for (byte[] b : held(DatabaseImage.CERTIFICATE)) {
      Certificate c = EncryptionCodec.decodeCertificate(b);
      catalog.encryption().save(txn, new Certificate(db, c.certificateId(), c.name(), c.principalId(), c.der(),
          c.protection(), c.privateKey(), c.created(), c.lastBackup()));
    }
    for (byte[] b : held(DatabaseImage.SYMMETRIC_KEY)) {
      SymmetricKey k = EncryptionCodec.decodeSymmetricKey(b);
      catalog.encryption().save(txn, new SymmetricKey(db, k.keyId(), k.name(), k.principalId(), k.algorithm(),
          k.guid(), k.encryptions(), k.created(), k.modified()));
    }
  }

  /** Full-text catalogs keep their ids (numbered per database); indexes follow their tables into fresh key ranges. */
  private void writeFullText() {
    for (byte[] b : held(DatabaseImage.FULLTEXT_CATALOG)) {
      FullTextCatalog c = FullTextCodec.decodeCatalog(b);
      FullTextCatalog restored = new FullTextCatalog(database.id(), c.catalogId(), c.name(), c.isDefault(),
          c.accentSensitive());
      txn.put(FullTextCodec.key(restored), FullTextCodec.encode(restored));
    }
    for (byte[] b : held(DatabaseImage.FULLTEXT_INDEX)) {
      FullTextIndex i = FullTextCodec.decodeIndex(b);
      FullTextIndex restored = i.onTable(ids.id(i.tableId()), catalog.newDataId());
      txn.put(FullTextCodec.indexKey(restored.tableId()), FullTextCodec.encode(restored));
    }
  }

  /** Functions and schemes keep their ids (they are numbered per database); placements follow their tables. */
  private void writePartitioning() {
    for (byte[] b : held(DatabaseImage.PARTITION_FUNCTION)) {
      PartitionFunction f = PartitionCodec.decodeFunction(b);
      catalog.partitions().save(txn, new PartitionFunction(database.id(), f.functionId(), f.name(),
          f.parameterType(), f.collation(), f.rangeRight(), f.boundaries(), f.created(), f.modified()));
    }
    for (byte[] b : held(DatabaseImage.PARTITION_SCHEME)) {
      PartitionScheme s = PartitionCodec.decodeScheme(b);
      catalog.partitions().save(txn, new PartitionScheme(database.id(), s.dataSpaceId(), s.name(), s.functionId(),
          s.filegroups(), s.nextUsed()));
    }
    for (byte[] b : held(DatabaseImage.TABLE_PARTITIONING)) {
      TablePartitioning t = TablePartitioning.decode(b);
      int tableId = ids.id(t.tableId());
      txn.put(TablePartitioning.key(tableId), TablePartitioning.encode(new TablePartitioning(tableId, t.placements())));
    }
  }

  private void writeSecurity() {
    int highest = 0;
    for (byte[] b : held(DatabaseImage.PRINCIPAL)) {
      DbPrincipal p = ids.principal(SecurityCodec.decodeDbPrincipal(b));
      catalog.security().savePrincipal(txn, null, p);
      highest = Math.max(highest, p.id());
    }
    catalog.security().restorePrincipalIds(database.id(), highest);
    for (byte[] b : held(DatabaseImage.ROLE_MEMBER)) {
      catalog.security().addMember(txn, ids.member(SecurityCodec.decodeRoleMember(b)));
    }
    for (byte[] b : held(DatabaseImage.PERMISSION)) {
      catalog.security().savePermission(txn, ids.permission(SecurityCodec.decodePermission(b)));
    }
  }
}
