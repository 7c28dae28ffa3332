package dev.quern.catalog.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fresh ids a restored database takes: the store's id counters are global (object, schema,
 * constraint and type ids share one; data ids another; database ids a third), so a backup of
 * database A restored as B beside A, or into another server, must not reuse one of them. Every
 * record of the image is rewritten here with the new ids, consistently: an FK's referenced table,
 * a trigger's parent, a column's alias type, a permission's or an extended property's securable,
 * statistics' table. Principal ids are numbered per database (as in SQL Server) and are kept.
 */
final class ImageIds {
  private final Catalog catalog;
  private final int databaseId;
  private final Map<Integer, Integer> ids = new HashMap<>();
  private final Map<Long, Long> dataIds = new HashMap<>();

  ImageIds(Catalog catalog, int databaseId) {
    this.catalog = catalog;
    this.databaseId = databaseId;
  }

  int databaseId() {
    return databaseId;
  }

  /** Allocates a new id for the old one (first sight) and returns it. */
  int claim(int oldId) {
    return ids.computeIfAbsent(oldId, k -> catalog.newObjectId());
  }

  /** The new id of an old object, schema, constraint or type id; unknown ids (system) stay. */
  int id(int oldId) {
    return ids.getOrDefault(oldId, oldId);
  }

  private long dataId(long oldId) {
    return dataIds.computeIfAbsent(oldId, k -> catalog.newDataId());
  }

  Schema schema(Schema s) {
    return new Schema(claim(s.id()), databaseId, s.name(), s.principalId());
  }

  UserType type(UserType t) {
    return new UserType(claim(t.id()), id(t.schemaId()), t.name(), t.base(), t.nullable(), t.tableDefinition());
  }

  /** Claims the ids an object brings (its own and its constraints') before any is rewritten. */
  void claimObject(SchemaObject o) {
    claim(o.id());
    if (o instanceof Table t) {
      t.constraints().forEach(c -> claim(c.objectId()));
    }
  }

  SchemaObject object(SchemaObject o) {
    int id = id(o.id());
    int schemaId = id(o.schemaId());
    return switch (o) {
      case Table t -> table(t, id, schemaId);
      case View v -> new View(id, schemaId, v.name(), v.definition());
      case Procedure p -> new Procedure(id, schemaId, p.name(), p.definition());
      case UserFunction f -> new UserFunction(id, schemaId, f.name(), f.definition(), f.typeCode());
      case Synonym s -> new Synonym(id, schemaId, s.name(), s.baseObjectName());
      case Trigger t -> new Trigger(id, schemaId, t.name(), t.definition(), id(t.parentId()), t.events(),
          t.disabled(), t.insteadOf(), t.parentClass(), t.firstFor(), t.lastFor());
      case Sequence q -> new Sequence(id, schemaId, q.name(), q.type(), q.start(), q.increment(),
          q.minValue(), q.maxValue(), q.cycle(), q.cacheSize(), q.restarts());
    };
  }

  private Table table(Table t, int id, int schemaId) {
    List<Column> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      columns.add(c.userTypeId() == 0 ? c : c.withUserType(id(c.userTypeId())));
    }
    List<Index> indexes = new ArrayList<>();
    for (Index i : t.indexes()) {
      indexes.add(i.withDataId(dataId(i.dataId())));
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : t.constraints()) {
      constraints.add(constraint(c));
    }
    return new Table(id, schemaId, t.name(), columns, indexes, constraints, t.retiredSlots());
  }

  private Constraint constraint(Constraint c) {
    int id = id(c.objectId());
    return switch (c) {
      case Constraint.PrimaryKey p -> new Constraint.PrimaryKey(id, p.name(), p.indexId());
      case Constraint.Unique u -> new Constraint.Unique(id, u.name(), u.indexId());
      case Constraint.ForeignKey f -> new Constraint.ForeignKey(id, f.name(), f.columns(), id(f.refTableId()),
          f.refColumns(), f.onDelete(), f.onUpdate(), f.disabled(), f.notTrusted());
      case Constraint.Check k -> new Constraint.Check(id, k.name(), k.expression(), k.columnId(), k.disabled(),
          k.notTrusted());
      case Constraint.Default d -> new Constraint.Default(id, d.name(), d.columnId(), d.expression());
    };
  }

  ObjectDates dates(ObjectDates d) {
    return new ObjectDates(id(d.objectId()), d.created(), d.modified());
  }

  Statistics statistics(Statistics s) {
    return new Statistics(id(s.objectId()), s.statsId(), s.name(), s.userCreated(), s.columnIds(), s.filter(),
        s.noRecompute(), s.content());
  }

  /** The database's own properties (class 0) keep major id 0; the others name a securable. */
  ExtendedProperty property(ExtendedProperty p) {
    int major = p.classId() == ExtendedProperty.DATABASE ? p.majorId() : id(p.majorId());
    return new ExtendedProperty(databaseId, p.classId(), major, p.minorId(), p.name(), p.value());
  }

  DbPrincipal principal(DbPrincipal p) {
    return new DbPrincipal(databaseId, p.id(), p.name(), p.type(), p.sid(), p.defaultSchema(), p.ownerId(),
        p.createdMillis(), p.modifiedMillis(), p.passwordHash());
  }

  RoleMember member(RoleMember m) {
    return new RoleMember(databaseId, m.roleId(), m.memberId());
  }

  Permission permission(Permission p) {
    // Database-scoped securables numbered per database keep their ids: the database, an XML schema collection (10).
    int major = p.classId() == Permission.DATABASE || p.classId() == Permission.XML_SCHEMA_COLLECTION ? p.majorId()
        : id(p.majorId());
    return new Permission(databaseId, p.classId(), major, p.minorId(), p.granteeId(), p.permission(), p.state(), p.grantorId());
  }
}
