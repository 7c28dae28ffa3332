package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.type.SqlType;
import java.util.OptionalLong;

/**
 * The contents of one database as a stream of typed entries (BACKUP DATABASE writes them to a
 * file, RESTORE feeds them to {@link DatabaseImageLoader}): its catalog records in their stored
 * encodings, then the rows of each table. Read from one snapshot transaction ({@code
 * KvStore#beginReadOnly}), so the image is one committed state and takes no lock: writers go on.
 *
 * <p>Entry order: {@link #DATABASE}, {@link #SCHEMA}s, {@link #TYPE}s, {@link #OBJECT}s, then the
 * records that hang on them ({@link #DATES} … {@link #ROWVERSION}, {@link #SYSTEM_TIME_PERIOD},
 * {@link #PARTITION_FUNCTION} … {@link #TABLE_PARTITIONING}, {@link #MASTER_KEY} … {@link
 * #SYMMETRIC_KEY}: keys travel encrypted, as SQL Server's backups carry them), the {@link
 * #EXTERNAL_LIBRARY} entries, then per table a {@link #TABLE_ROWS} entry (the table's old id) and its {@link #ROW}s. Index entries and LOB chunks are
 * not copied: rows are written back through {@link TableStore}, which rebuilds them (LOB values are
 * inlined in the image). Identity and sequence positions are the counters' current values (they
 * are outside transactions in SQL Server too), read after the snapshot so never behind its rows.
 */
public final class DatabaseImage {
  public static final int DATABASE = 1;
  public static final int SCHEMA = 2;
  public static final int TYPE = 3;
  public static final int OBJECT = 4;
  public static final int DATES = 5;
  public static final int LOCK_ESCALATION = 6;
  public static final int STATISTICS = 7;
  public static final int EXTENDED_PROPERTY = 8;
  public static final int PRINCIPAL = 9;
  public static final int ROLE_MEMBER = 10;
  public static final int PERMISSION = 11;
  /** Object id, then 1 and the last identity / sequence value, or 0 when none was handed out. */
  public static final int VALUE_COUNTER = 12;
  /** The database's @@DBTS (its last rowversion). */
  public static final int ROWVERSION = 13;
  /** The old id of the table whose {@link #ROW}s follow. */
  public static final int TABLE_ROWS = 14;
  /** One row in the row format ({@link RowCodec}) of the table, every value inline. */
  public static final int ROW = 15;
  /** An external library with its files' bytes ({@link ImageLibraries}). */
  public static final int EXTERNAL_LIBRARY = 16;
  /** A table's SYSTEM_TIME period and history table ({@link SystemTimePeriod}'s stored form). */
  public static final int SYSTEM_TIME_PERIOD = 17;
  /** A table's change tracking ({@link ChangeTrackingTable}'s stored form). */
  public static final int CHANGE_TRACKING_TABLE = 18;
  /** The database's last committed change tracking version (u64). */
  public static final int CHANGE_TRACKING_VERSION = 19;
  /**
   * One committed tracked change, after every table's rows: old table id (u32), version (u64), key
   * length (varint), the key's memcomparable form, the stored {@link ChangeRow}.
   */
  public static final int CHANGE = 20;
  /** A partition function ({@link PartitionCodec}'s stored form). */
  public static final int PARTITION_FUNCTION = 21;
  /** A partition scheme ({@link PartitionCodec}'s stored form). */
  public static final int PARTITION_SCHEME = 22;
  /** Which of a table's indexes are partitioned ({@link TablePartitioning}'s stored form). */
  public static final int TABLE_PARTITIONING = 23;
  /** The database master key, as its password(s) and the service master key encrypted it ({@link EncryptionCodec}). */
  public static final int MASTER_KEY = 24;
  /** A certificate, its private key as stored ({@link EncryptionCodec}). */
  public static final int CERTIFICATE = 25;
  /** A symmetric key, as its protectors encrypted it ({@link EncryptionCodec}). */
  public static final int SYMMETRIC_KEY = 26;
  /** A full-text catalog ({@link FullTextCodec}); numbered apart from the kinds before it, left for others. */
  public static final int FULLTEXT_CATALOG = 40;
  /** A table's full-text index definition; its inverted index is rebuilt from the rows on restore. */
  public static final int FULLTEXT_INDEX = 41;
  /** An XML schema collection with its schema documents ({@link XmlSchemaCollectionCodec}). */
  public static final int XML_SCHEMA_COLLECTION = 45;

  /**
   * In a differential image, in place of a {@link #TABLE_ROWS} entry and its rows: the table (its
   * old id) is unchanged since the base, its rows are the base's.
   */
  public static final int TABLE_FROM_BASE = 42;

  /** Receives the entries of an image in order. */
  @FunctionalInterface
  public interface Sink {
    void entry(int kind, byte[] payload);
  }

  private DatabaseImage() {}

  /** Streams database {@code databaseId} as {@code snapshot} sees it into {@code sink}. */
  public static void export(Catalog catalog, KvTxn snapshot, int databaseId, Sink sink) {
    export(catalog, snapshot, databaseId, sink, t -> true);
  }

  /**
   * As {@link #export(Catalog, KvTxn, int, Sink)}, with the rows only of the tables {@code withRows}
   * accepts (a differential backup's changed tables); the others are {@link #TABLE_FROM_BASE}.
   */
  public static void export(Catalog catalog, KvTxn snapshot, int databaseId, Sink sink,
      java.util.function.IntPredicate withRows) {
    Metadata m = catalog.metadata(snapshot);
    Database db = m.database(databaseId)
        .orElseThrow(() -> new IllegalArgumentException("No database " + databaseId));
    sink.entry(DATABASE, MetaCodec.encode(db));
    for (Schema s : m.schemas(databaseId)) {
      sink.entry(SCHEMA, MetaCodec.encode(s));
    }
    for (Schema s : m.schemas(databaseId)) {
      for (UserType t : m.userTypes(s.id())) {
        sink.entry(TYPE, MetaCodec.encode(t));
      }
    }
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        sink.entry(OBJECT, MetaCodec.encode(o));
      }
    }
    exportParts(catalog, m, databaseId, sink);
    long changeVersion = ChangeVersions.current(snapshot, databaseId);
    if (changeVersion > 0) {
      sink.entry(CHANGE_TRACKING_VERSION, new ByteSink(8).putLong(changeVersion).toBytes());
    }
    for (ExternalLibrary l : m.externalLibraries(databaseId)) {
      sink.entry(EXTERNAL_LIBRARY, ImageLibraries.encode(catalog, snapshot, l));
    }
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        if (o instanceof Table t && withRows.test(t.id())) {
          exportRows(catalog, snapshot, t, sink);
        } else if (o instanceof Table t) {
          sink.entry(TABLE_FROM_BASE, new ByteSink(4).putInt(t.id()).toBytes());
        }
      }
    }
    exportChanges(m, snapshot, databaseId, sink);
  }

  /** The database's partition functions and schemes, and which table indexes they partition. */
  private static void exportPartitioning(Metadata m, int databaseId, Sink sink) {
    for (PartitionFunction f : m.partitions().functions(databaseId)) {
      sink.entry(PARTITION_FUNCTION, PartitionCodec.encode(f));
    }
    for (PartitionScheme ps : m.partitions().schemes(databaseId)) {
      sink.entry(PARTITION_SCHEME, PartitionCodec.encode(ps));
    }
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        m.partitions().table(o.id()).ifPresent(t -> sink.entry(TABLE_PARTITIONING, TablePartitioning.encode(t)));
      }
    }
  }

  /** Every tracked table's kept changes. */
  private static void exportChanges(Metadata m, KvTxn snapshot, int databaseId, Sink sink) {
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        if (o instanceof Table t && m.changeTracking(t.id()) != null) {
          ChangeLog.export(snapshot, t.id(), (v, key, change) -> sink.entry(CHANGE, new ByteSink(16 + key.length
              + change.length).putInt(t.id()).putLong(v).putVarint(key.length).put(key).put(change).toBytes()));
        }
      }
    }
  }

  private static void exportParts(Catalog catalog, Metadata m, int databaseId, Sink sink) {
    for (Schema s : m.schemas(databaseId)) {
      for (SchemaObject o : m.allObjects(s.id())) {
        m.objectDates(o.id()).ifPresent(d -> sink.entry(DATES, ObjectDates.encode(d)));
        if (o instanceof Table t) {
          if (m.lockEscalation(t.id()) != LockEscalation.TABLE) {
            sink.entry(LOCK_ESCALATION, LockEscalation.encode(t.id(), m.lockEscalation(t.id())));
          }
          for (Statistics st : m.statistics(t.id())) {
            sink.entry(STATISTICS, StatisticsCodec.encode(st));
          }
          m.period(t.id()).ifPresent(p -> sink.entry(SYSTEM_TIME_PERIOD, SystemTimePeriod.encode(p)));
          if (m.changeTracking(t.id()) != null) {
            sink.entry(CHANGE_TRACKING_TABLE, ChangeTrackingTable.encode(m.changeTracking(t.id())));
          }
          if (m.fullText().index(t.id()) != null) {
            sink.entry(FULLTEXT_INDEX, FullTextCodec.encode(m.fullText().index(t.id())));
          }
          t.columns().stream().filter(c -> c.identity() != null).findFirst()
              .ifPresent(c -> counter(sink, t.id(), catalog.values().currentIdentity(t.id())));
        }
        if (o instanceof Sequence q) {
          counter(sink, q.id(), catalog.values().currentSequenceValue(q));
        }
      }
    }
    for (ExtendedProperty p : m.extendedProperties(databaseId)) {
      sink.entry(EXTENDED_PROPERTY, ExtendedPropertyCodec.encode(p));
    }
    exportPartitioning(m, databaseId, sink);
    m.fullText().catalogs(databaseId).forEach(c -> sink.entry(FULLTEXT_CATALOG, FullTextCodec.encode(c)));
    m.xmlSchemaCollections(databaseId).forEach(c -> sink.entry(XML_SCHEMA_COLLECTION, XmlSchemaCollectionCodec.encode(c)));
    m.encryption().masterKey(databaseId).ifPresent(k -> sink.entry(MASTER_KEY, EncryptionCodec.encode(k)));
    m.encryption().certificates(databaseId).forEach(c -> sink.entry(CERTIFICATE, EncryptionCodec.encode(c)));
    m.encryption().symmetricKeys(databaseId).forEach(k -> sink.entry(SYMMETRIC_KEY, EncryptionCodec.encode(k)));
    Security security = m.security();
    for (DbPrincipal p : security.principals(databaseId)) {
      sink.entry(PRINCIPAL, SecurityCodec.encode(p));
    }
    for (RoleMember r : security.members(databaseId)) {
      sink.entry(ROLE_MEMBER, SecurityCodec.encode(r));
    }
    for (Permission p : security.permissions(databaseId)) {
      sink.entry(PERMISSION, SecurityCodec.encode(p));
    }
    sink.entry(ROWVERSION, new ByteSink(8).putLong(catalog.lastRowversion(databaseId)).toBytes());
  }

  private static void counter(Sink sink, int objectId, OptionalLong last) {
    ByteSink out = new ByteSink(13).putInt(objectId).put(last.isPresent() ? 1 : 0);
    sink.entry(VALUE_COUNTER, out.putLong(last.orElse(0)).toBytes());
  }

  private static void exportRows(Catalog catalog, KvTxn snapshot, Table t, Sink sink) {
    sink.entry(TABLE_ROWS, new ByteSink(4).putInt(t.id()).toBytes());
    // The snapshot is a committed state whose definitions match its rows: no lock is needed.
    TableStore rows = TableStore.stable(catalog, snapshot, t, null);
    RowLayout layout = columnLayout(t);
    try (RowCursor c = rows.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        sink.entry(ROW, RowCodec.encode(layout, c.row(), null));
      }
    }
  }

  /** The layout of a row in the image: the table's columns in order (no retired slots). */
  static RowLayout columnLayout(Table t) {
    return RowLayout.of(t.columns().stream().map(Column::type).toArray(SqlType[]::new));
  }
}
