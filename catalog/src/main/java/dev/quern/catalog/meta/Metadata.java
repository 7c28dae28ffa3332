package dev.quern.catalog.meta;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of all metadata of a store at one stamp: what one statement binds against.
 * Name lookups are case-insensitive (identifiers follow the default collation).
 */
public final class Metadata {
  /** A constraint and the table that owns it. */
  public record OwnedConstraint(Table table, Constraint constraint) {}

  private final long stamp;
  private final Security security;
  private final Map<Integer, Database> databases = new HashMap<>();
  private final Map<ByteBuffer, Database> databasesByName = new HashMap<>();
  private final Map<Integer, Schema> schemas = new HashMap<>();
  private final Map<Integer, Map<ByteBuffer, Schema>> schemasByName = new HashMap<>();
  private final Map<Integer, SchemaObject> objects = new HashMap<>();
  private final Map<Integer, Map<ByteBuffer, SchemaObject>> objectsByName = new HashMap<>();
  private final Map<Integer, Map<ByteBuffer, OwnedConstraint>> constraintsByName = new HashMap<>();
  private final Map<Integer, UserType> types = new HashMap<>();
  private final Map<Integer, Map<ByteBuffer, UserType>> typesByName = new HashMap<>();
  /** Each table's triggers, by object id: every INSERT, UPDATE and DELETE looks them up. */
  private final Map<Integer, List<Trigger>> triggersByTable = new HashMap<>();
  private final Map<Integer, List<ExtendedProperty>> extendedProperties = new HashMap<>();
  private final Map<Integer, ObjectDates> dates = new HashMap<>();
  private final List<UserMessage> messages;
  private final Map<Integer, LockEscalation> lockEscalations = new HashMap<>();
  /** SYSTEM_TIME periods by table id, and the versioned table of each history table. */
  private final Map<Integer, SystemTimePeriod> periods = new HashMap<>();
  private final Map<Integer, ChangeTrackingTable> changeTracking = new HashMap<>();
  private final Map<Integer, SystemTimePeriod> periodsByHistory = new HashMap<>();
  /** Each table's statistics objects by object id, in stats_id order. */
  private final Map<Integer, List<Statistics>> statistics = new HashMap<>();
  /** Each database's external libraries, in library id order. */
  private final Map<Integer, List<ExternalLibrary>> externalLibraries = new HashMap<>();
  /** Each database's XML schema collections, in xml_collection_id order. */
  private final Map<Integer, List<XmlSchemaCollection>> xmlSchemaCollections = new HashMap<>();
  private final PartitionRecords partitions;
  private final EncryptionRecords encryption;
  private final FullTextRecords fullText;

  Metadata(
      long stamp,
      Collection<Database> dbs,
      Collection<Schema> schs,
      Collection<SchemaObject> objs,
      Collection<UserType> userTypes,
      Security security,
      Collection<ExtendedProperty> properties,
      Collection<ObjectDates> objectDates,
      List<UserMessage> userMessages,
      Collection<Statistics> tableStatistics,
      Collection<LockEscalation.Setting> escalations,
      Collection<ExternalLibrary> libraries,
      Collection<SystemTimePeriod> systemTimePeriods,
      Collection<ChangeTrackingTable> trackedTables,
      PartitionRecords partitions,
      EncryptionRecords encryption,
      FullTextRecords fullText) {
    this.stamp = stamp;
    this.fullText = fullText;
    this.partitions = partitions;
    this.encryption = encryption;
    for (ChangeTrackingTable t : trackedTables) {
      changeTracking.put(t.tableId(), t);
    }
    for (SystemTimePeriod p : systemTimePeriods) {
      periods.put(p.tableId(), p);
      if (p.versioned()) {
        periodsByHistory.put(p.historyTableId(), p);
      }
    }
    for (ExternalLibrary l : libraries) {
      externalLibraries.computeIfAbsent(l.databaseId(), k -> new ArrayList<>()).add(l);
    }
    for (LockEscalation.Setting e : escalations) {
      lockEscalations.put(e.tableId(), e.mode());
    }
    this.messages = List.copyOf(userMessages);
    for (Statistics s : tableStatistics) {
      statistics.computeIfAbsent(s.objectId(), k -> new ArrayList<>()).add(s);
    }
    for (ObjectDates d : objectDates) {
      dates.put(d.objectId(), d);
    }
    this.security = security;
    for (ExtendedProperty p : properties) {
      extendedProperties.computeIfAbsent(p.databaseId(), k -> new ArrayList<>()).add(p);
    }
    for (Database d : dbs) {
      databases.put(d.id(), d);
      databasesByName.put(Names.key(d.name()), d);
    }
    for (Schema s : schs) {
      schemas.put(s.id(), s);
      schemasByName
          .computeIfAbsent(s.databaseId(), k -> new HashMap<>())
          .put(Names.key(s.name()), s);
    }
    for (UserType t : userTypes) {
      types.put(t.id(), t);
      typesByName.computeIfAbsent(t.schemaId(), k -> new HashMap<>()).put(Names.key(t.name()), t);
    }
    for (SchemaObject o : objs) {
      objects.put(o.id(), o);
      objectsByName.computeIfAbsent(o.schemaId(), k -> new HashMap<>()).put(Names.key(o.name()), o);
      if (o instanceof Trigger t) {
        triggersByTable.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
      }
      if (o instanceof Table t) {
        for (Constraint c : t.constraints()) {
          constraintsByName
              .computeIfAbsent(t.schemaId(), k -> new HashMap<>())
              .put(Names.key(c.name()), new OwnedConstraint(t, c));
        }
      }
    }
  }

  /** Created logins, users, roles, memberships and permissions (main store only). */
  public Security security() {
    return security;
  }

  /**
   * The extended properties of a database, in key order (item, then name). DROP deletes those of
   * the object or schema, ALTER TABLE those of the columns, indexes and constraints it drops; a
   * parameter an ALTER PROCEDURE removed keeps its properties stored, for readers to skip.
   */
  public List<ExtendedProperty> extendedProperties(int databaseId) {
    return extendedProperties.getOrDefault(databaseId, List.of());
  }

  /** Full-text catalogs and indexes. */
  public FullTextRecords fullText() {
    return fullText;
  }

  /** Partition functions and schemes, and the tables and indexes they partition. */
  public PartitionRecords partitions() {
    return partitions;
  }

  /** Database master keys, certificates and symmetric keys. */
  public EncryptionRecords encryption() {
    return encryption;
  }

  /** The external libraries of a database (CREATE EXTERNAL LIBRARY), in library id order. */
  public List<ExternalLibrary> externalLibraries(int databaseId) {
    return externalLibraries.getOrDefault(databaseId, List.of());
  }

  /** The library named {@code name} that {@code principalId} owns in the database, if any. */
  public Optional<ExternalLibrary> externalLibrary(int databaseId, int principalId, String name) {
    return externalLibraries(databaseId).stream()
        .filter(l -> l.principalId() == principalId && Names.same(l.name(), name)).findFirst();
  }

  /** Fills the XML schema collections while the snapshot is loaded (before anyone reads it). */
  void addXmlSchemaCollections(Collection<XmlSchemaCollection> collections) {
    for (XmlSchemaCollection c : collections) {
      xmlSchemaCollections.computeIfAbsent(c.databaseId(), k -> new ArrayList<>()).add(c);
    }
    xmlSchemaCollections.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(
        XmlSchemaCollection::collectionId)));
  }

  /** The XML schema collections of a database (CREATE XML SCHEMA COLLECTION), in id order. */
  public List<XmlSchemaCollection> xmlSchemaCollections(int databaseId) {
    return xmlSchemaCollections.getOrDefault(databaseId, List.of());
  }

  /** The collection named {@code name} in schema {@code schemaId} of the database, if any. */
  public Optional<XmlSchemaCollection> xmlSchemaCollection(int databaseId, int schemaId, String name) {
    return xmlSchemaCollections(databaseId).stream()
        .filter(c -> c.schemaId() == schemaId && Names.same(c.name(), name)).findFirst();
  }

  /** The collection with id {@code collectionId} in the database, if any. */
  public Optional<XmlSchemaCollection> xmlSchemaCollection(int databaseId, int collectionId) {
    return xmlSchemaCollections(databaseId).stream().filter(c -> c.collectionId() == collectionId).findFirst();
  }

  /** The user-defined messages of the server (sp_addmessage), by number then language id. */
  public List<UserMessage> messages() {
    return messages;
  }

  /** The user-defined message of this number in this language (a LCID), if added. */
  public Optional<UserMessage> message(int messageId, int languageId) {
    // Few messages and rare lookups (RAISERROR, FORMATMESSAGE by number): a scan is enough.
    return messages.stream().filter(m -> m.messageId() == messageId && m.languageId() == languageId).findFirst();
  }

  /** The stamp of the last DDL this snapshot includes. */
  public long stamp() {
    return stamp;
  }

  public List<Database> databases() {
    return List.copyOf(databases.values());
  }

  public Optional<Database> database(int id) {
    return Optional.ofNullable(databases.get(id));
  }

  public Optional<Database> database(String name) {
    return Optional.ofNullable(databasesByName.get(Names.key(name)));
  }

  public Optional<Schema> schema(int id) {
    return Optional.ofNullable(schemas.get(id));
  }

  public Optional<Schema> schema(int databaseId, String name) {
    return Optional.ofNullable(
        schemasByName.getOrDefault(databaseId, Map.of()).get(Names.key(name)));
  }

  public List<Schema> schemas(int databaseId) {
    return List.copyOf(schemasByName.getOrDefault(databaseId, Map.of()).values());
  }

  public Optional<SchemaObject> object(int id) {
    return Optional.ofNullable(objects.get(id));
  }

  /** The statistics objects kept for table {@code objectId} (those of its indexes once built). */
  public List<Statistics> statistics(int objectId) {
    return statistics.getOrDefault(objectId, List.of());
  }

  /** When object {@code id} was created and last altered; empty for one from before dates were kept. */
  public Optional<ObjectDates> objectDates(int id) {
    return Optional.ofNullable(dates.get(id));
  }

  public Optional<SchemaObject> object(int schemaId, String name) {
    return Optional.ofNullable(objectsByName.getOrDefault(schemaId, Map.of()).get(Names.key(name)));
  }

  /** The objects of a schema, without the hidden tables of indexed views ({@link IndexedViewRows}). */
  public List<SchemaObject> objects(int schemaId) {
    return objectsByName.getOrDefault(schemaId, Map.of()).values().stream()
        .filter(o -> !(o instanceof Table t && IndexedViewRows.holdsView(t.name()))).toList();
  }

  /** Every object of a schema, the hidden tables of indexed views too (backup, DROP DATABASE). */
  public List<SchemaObject> allObjects(int schemaId) {
    return List.copyOf(objectsByName.getOrDefault(schemaId, Map.of()).values());
  }

  /** The triggers of table {@code tableId} (disabled ones too), in the order they were created (by object id). */
  public List<Trigger> triggers(int tableId) {
    List<Trigger> found = triggersByTable.get(tableId);
    if (found == null) {
      return List.of();
    }
    return found.stream().sorted(java.util.Comparator.comparingInt(Trigger::id)).toList();
  }

  /**
   * The DDL triggers of database {@code databaseId} of class {@code parentClass} ({@link
   * Trigger#DATABASE}, or {@link Trigger#SERVER} in master), disabled ones too, in creation order.
   */
  public List<Trigger> ddlTriggers(int databaseId, int parentClass) {
    return triggers(0).stream()
        .filter(t -> t.parentClass() == parentClass
            && schema(t.schemaId()).map(s -> s.databaseId() == databaseId).orElse(false))
        .toList();
  }

  /** A user-defined type by its user_type_id. */
  public Optional<UserType> userType(int id) {
    return Optional.ofNullable(types.get(id));
  }

  /** A user-defined type by name in its schema (types have a namespace of their own). */
  public Optional<UserType> userType(int schemaId, String name) {
    return Optional.ofNullable(typesByName.getOrDefault(schemaId, Map.of()).get(Names.key(name)));
  }

  /** The user-defined types of a schema. */
  public List<UserType> userTypes(int schemaId) {
    return List.copyOf(typesByName.getOrDefault(schemaId, Map.of()).values());
  }

  public Optional<Table> table(int id) {
    return objects.get(id) instanceof Table t ? Optional.of(t) : Optional.empty();
  }

  public Optional<Table> table(int schemaId, String name) {
    return object(schemaId, name).filter(Table.class::isInstance).map(Table.class::cast);
  }

  /** A constraint by name within a schema (constraint names share the schema's namespace). */
  public Optional<OwnedConstraint> constraint(int schemaId, String name) {
    return Optional.ofNullable(
        constraintsByName.getOrDefault(schemaId, Map.of()).get(Names.key(name)));
  }

  /**
   * Whether a table, view, sequence or constraint of the schema already has this name (error 2714).
   */
  public boolean nameTaken(int schemaId, String name) {
    return object(schemaId, name).isPresent() || constraint(schemaId, name).isPresent();
  }

  /** The foreign keys that reference {@code tableId}, with their tables. */
  public List<OwnedConstraint> referencing(int tableId) {
    List<OwnedConstraint> out = new ArrayList<>();
    for (SchemaObject o : objects.values()) {
      if (o instanceof Table t) {
        for (Constraint c : t.constraints()) {
          if (c instanceof Constraint.ForeignKey fk && fk.refTableId() == tableId) {
            out.add(new OwnedConstraint(t, c));
          }
        }
      }
    }
    return out;
  }

  /** The LOCK_ESCALATION option of table {@code tableId} (TABLE unless set otherwise). */
  public LockEscalation lockEscalation(int tableId) {
    return lockEscalations.getOrDefault(tableId, LockEscalation.TABLE);
  }

  /** The SYSTEM_TIME period of table {@code tableId}, if it has one. */
  public Optional<SystemTimePeriod> period(int tableId) {
    return Optional.ofNullable(periods.get(tableId));
  }

  /** The period of the system-versioned table whose history table is {@code tableId}, if any. */
  public Optional<SystemTimePeriod> versionedBy(int historyTableId) {
    return Optional.ofNullable(periodsByHistory.get(historyTableId));
  }

  /** Every table's SYSTEM_TIME period (sys.periods). */
  /** The tables with change tracking in the store's databases (sys.change_tracking_tables). */
  public Collection<ChangeTrackingTable> trackedTables() {
    return changeTracking.values();
  }

  /** The tables with change tracking in database {@code databaseId} (a store may hold several). */
  public List<ChangeTrackingTable> trackedTables(int databaseId) {
    return changeTracking.values().stream()
        .filter(t -> table(t.tableId()).flatMap(x -> schema(x.schemaId()))
            .map(s -> s.databaseId() == databaseId).orElse(false))
        .toList();
  }

  /** Table {@code tableId}'s change tracking, or null when it has none (checked per written table). */
  public ChangeTrackingTable changeTracking(int tableId) {
    return changeTracking.isEmpty() ? null : changeTracking.get(tableId);
  }

  public Collection<SystemTimePeriod> periods() {
    return periods.values();
  }
}
