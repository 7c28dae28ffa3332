package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata snapshots cached by stamp. Every DDL writes a fresh random stamp in its transaction, so
 * a stamp names exactly one metadata state: a reader peeks the stamp its transaction sees (its own
 * uncommitted DDL included, a SNAPSHOT transaction's older state included) and reuses the snapshot
 * of that stamp, or loads it with one iterator (stamp and records read consistently).
 *
 * <p>A DDL transaction's own view is kept apart ({@link #ownViews}): its stamp names its state only
 * once committed, and by then other DDL may have committed after the view's read snapshot was
 * taken (its stamp write waited for theirs), so the committed state under that stamp holds their
 * objects too. Shared, the view would hide them from everyone until the next DDL.
 */
final class MetadataCache {
  private static final int CAPACITY = 16;

  /** Whether a transaction has written the stamp (is a DDL in flight). */
  private final java.util.function.Predicate<KvTxn> writesStamp;

  /** The views of DDL transactions in flight, each valid for the stamp it was loaded at. */
  private final Map<KvTxn, Metadata> ownViews = new java.util.IdentityHashMap<>();

  private final Map<Long, Metadata> byStamp =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Metadata> eldest) {
          return size() > CAPACITY;
        }
      };

  MetadataCache(java.util.function.Predicate<KvTxn> writesStamp) {
    this.writesStamp = writesStamp;
  }

  Metadata get(KvTxn txn) {
    long stamp = stampOf(txn.peek(SystemKeys.stamp()));
    if (writesStamp.test(txn)) {
      return ownView(txn, stamp);
    }
    synchronized (byStamp) {
      Metadata cached = byStamp.get(stamp);
      if (cached != null) {
        return cached;
      }
    }
    Metadata loaded = load(txn);
    synchronized (byStamp) {
      byStamp.put(loaded.stamp(), loaded);
    }
    return loaded;
  }

  private Metadata ownView(KvTxn txn, long stamp) {
    synchronized (ownViews) {
      Metadata own = ownViews.get(txn);
      if (own != null && own.stamp() == stamp) {
        return own;
      }
      ownViews.keySet().removeIf(t -> !t.isActive()); // DDL that ended: their views go
    }
    Metadata loaded = load(txn);
    synchronized (ownViews) {
      ownViews.put(txn, loaded);
    }
    return loaded;
  }

  private static long stampOf(byte[] value) {
    return value == null ? 0 : ByteBuffer.wrap(value).getLong();
  }

  private static Metadata load(KvTxn txn) {
    long stamp = 0;
    List<Database> dbs = new ArrayList<>();
    List<Schema> schemas = new ArrayList<>();
    List<SchemaObject> objects = new ArrayList<>();
    List<UserType> types = new ArrayList<>();
    List<Login> logins = new ArrayList<>();
    List<DbPrincipal> principals = new ArrayList<>();
    List<RoleMember> members = new ArrayList<>();
    List<Permission> permissions = new ArrayList<>();
    List<ExtendedProperty> properties = new ArrayList<>();
    List<ObjectDates> dates = new ArrayList<>();
    List<UserMessage> messages = new ArrayList<>();
    List<Statistics> statistics = new ArrayList<>();
    List<LockEscalation.Setting> escalations = new ArrayList<>();
    List<ExternalLibrary> libraries = new ArrayList<>();
    List<SystemTimePeriod> periods = new ArrayList<>();
    List<ChangeTrackingTable> tracked = new ArrayList<>();
    List<PartitionFunction> functions = new ArrayList<>();
    List<PartitionScheme> schemes = new ArrayList<>();
    List<TablePartitioning> partitioned = new ArrayList<>();
    List<DatabaseMasterKey> masterKeys = new ArrayList<>();
    List<Certificate> certificates = new ArrayList<>();
    List<SymmetricKey> symmetricKeys = new ArrayList<>();
    List<FullTextCatalog> fullTextCatalogs = new ArrayList<>();
    List<FullTextIndex> fullTextIndexes = new ArrayList<>();
    List<XmlSchemaCollection> xmlCollections = new ArrayList<>();
    try (KvIterator it = txn.peekScan(SystemKeys.catalogStart(), SystemKeys.catalogEnd(), false)) {
      while (it.next()) {
        byte[] key = it.key();
        byte kind = key[2];
        switch (kind) {
          case SystemKeys.STAMP_KIND -> stamp = stampOf(it.value());
          case SystemKeys.DATABASE_KIND -> dbs.add(MetaCodec.decodeDatabase(it.value()));
          case SystemKeys.SCHEMA_KIND -> schemas.add(MetaCodec.decodeSchema(it.value()));
          case SystemKeys.OBJECT_KIND -> objects.add(MetaCodec.decodeObject(it.value()));
          case SystemKeys.TYPE_KIND -> types.add(MetaCodec.decodeType(it.value()));
          case SecurityCodec.LOGIN_KIND -> logins.add(SecurityCodec.decodeLogin(it.value()));
          case SecurityCodec.DB_PRINCIPAL_KIND -> principals.add(SecurityCodec.decodeDbPrincipal(it.value()));
          case SecurityCodec.ROLE_MEMBER_KIND -> members.add(SecurityCodec.decodeRoleMember(it.value()));
          case SecurityCodec.PERMISSION_KIND -> permissions.add(SecurityCodec.decodePermission(it.value()));
          case ExtendedPropertyCodec.KIND -> properties.add(ExtendedPropertyCodec.decode(it.value()));
          case SystemKeys.DATES_KIND -> dates.add(ObjectDates.decode(it.value()));
          case UserMessageCodec.KIND -> messages.add(UserMessageCodec.decode(it.value()));
          case SystemKeys.STATISTICS_KIND -> statistics.add(StatisticsCodec.decode(it.value()));
          case SystemKeys.LOCK_ESCALATION_KIND -> escalations.add(LockEscalation.decode(it.value()));
          case ExternalLibraryCodec.KIND -> libraries.add(ExternalLibraryCodec.decode(it.value()));
          case SystemTimePeriod.KIND -> periods.add(SystemTimePeriod.decode(it.value()));
          case ChangeTrackingTable.KIND -> tracked.add(ChangeTrackingTable.decode(it.value()));
          case PartitionCodec.FUNCTION_KIND -> functions.add(PartitionCodec.decodeFunction(it.value()));
          case PartitionCodec.SCHEME_KIND -> schemes.add(PartitionCodec.decodeScheme(it.value()));
          case TablePartitioning.KIND -> partitioned.add(TablePartitioning.decode(it.value()));
          case XmlSchemaCollectionCodec.KIND -> xmlCollections.add(XmlSchemaCollectionCodec.decode(it.value()));
          case EncryptionCodec.KIND -> {
            if (EncryptionCodec.isMasterKey(key)) {
              masterKeys.add(EncryptionCodec.decodeMasterKey(it.value()));
            } else if (EncryptionCodec.isCertificate(key)) {
              certificates.add(EncryptionCodec.decodeCertificate(it.value()));
            } else {
              symmetricKeys.add(EncryptionCodec.decodeSymmetricKey(it.value()));
            }
          }
          case FullTextCodec.KIND -> {
            if (FullTextCodec.isCatalog(key)) {
              fullTextCatalogs.add(FullTextCodec.decodeCatalog(it.value()));
            } else {
              fullTextIndexes.add(FullTextCodec.decodeIndex(it.value()));
            }
          }
          default -> throw new IllegalStateException("Unknown catalog record kind " + kind);
        }
      }
    }
    Metadata loaded = new Metadata(stamp, dbs, schemas, objects, types, logins.isEmpty() && principals.isEmpty()
        && members.isEmpty() && permissions.isEmpty()
        ? Security.EMPTY : new Security(logins, principals, members, permissions), properties, dates, messages,
        statistics, escalations, libraries, periods, tracked,
        new PartitionRecords(functions, schemes, partitioned),
        new EncryptionRecords(masterKeys, certificates, symmetricKeys),
        fullTextCatalogs.isEmpty() && fullTextIndexes.isEmpty()
            ? FullTextRecords.EMPTY : new FullTextRecords(fullTextCatalogs, fullTextIndexes));
    loaded.addXmlSchemaCollections(xmlCollections);
    return loaded;
  }
}
