package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of metadata records: a format byte, then fields in declaration order (strings as
 * varint length + UTF-8, types by name so that enum order never matters, nullable fields behind a
 * presence byte). A new field goes at the end with a new format number.
 */
final class MetaCodec {
  private static final int FORMAT = 1;
  /**
   * Format 2: a table whose columns name user-defined types (each column ends with its
   * user_type_id). Tables without one keep format 1, so their stored bytes do not change.
   */
  private static final int FORMAT_USER_TYPES = 2;
  private static final int TABLE = 1;
  private static final int VIEW = 2;
  private static final int SEQUENCE = 3;
  private static final int PROCEDURE = 4;
  private static final int FUNCTION = 5;
  private static final int TRIGGER = 6;
  private static final int SYNONYM = 7;

  private MetaCodec() {}

  static byte[] encode(Database d) {
    Writer w = new Writer();
    w.out.putInt(d.id());
    w.string(d.name());
    w.string(d.collation());
    // The options ALTER DATABASE set (records before them end after the collation).
    w.out.putVarint(d.options().size());
    d.options().forEach((k, v) -> {
      w.string(k);
      w.string(v);
    });
    return w.bytes();
  }

  static Database decodeDatabase(byte[] b) {
    Reader r = new Reader(b);
    int id = r.in.getInt();
    String name = r.string();
    String collation = r.string();
    java.util.Map<String, String> options = new java.util.TreeMap<>();
    if (r.in.hasRemaining()) {
      for (long n = r.in.getVarint(); n > 0; n--) {
        options.put(r.string(), r.string());
      }
    }
    return new Database(id, name, collation, options);
  }

  static byte[] encode(Schema s) {
    Writer w = new Writer();
    w.out.putInt(s.id()).putInt(s.databaseId());
    w.string(s.name());
    w.out.putInt(s.principalId());
    return w.bytes();
  }

  static Schema decodeSchema(byte[] b) {
    Reader r = new Reader(b);
    int id = r.in.getInt();
    int db = r.in.getInt();
    String name = r.string();
    // Records written before schemas had owners end after the name: their owner is the standard one.
    return r.in.hasRemaining() ? new Schema(id, db, name, r.in.getInt()) : new Schema(id, db, name);
  }

  static byte[] encode(SchemaObject o) {
    boolean userTypes = o instanceof Table t && t.columns().stream().anyMatch(c -> c.userTypeId() != 0);
    Writer w = new Writer(userTypes ? FORMAT_USER_TYPES : FORMAT);
    switch (o) {
      case Table t -> {
        w.out.put(TABLE);
        writeTable(w, t);
      }
      case View v -> {
        w.out.put(VIEW).putInt(v.id()).putInt(v.schemaId());
        w.string(v.name());
        w.string(v.definition());
      }
      case Procedure p -> {
        w.out.put(PROCEDURE).putInt(p.id()).putInt(p.schemaId());
        w.string(p.name());
        w.string(p.definition());
      }
      case UserFunction f -> {
        w.out.put(FUNCTION).putInt(f.id()).putInt(f.schemaId());
        w.string(f.name());
        w.string(f.definition());
        w.string(f.typeCode());
      }
      case Trigger t -> {
        w.out.put(TRIGGER).putInt(t.id()).putInt(t.schemaId());
        w.string(t.name());
        w.string(t.definition());
        w.out.putInt(t.parentId());
        w.string(String.join(",", new java.util.TreeSet<>(t.events())));
        w.out.put(t.disabled() ? 1 : 0);
        w.out.put(t.insteadOf() ? 1 : 0);
        w.out.put((byte) t.parentClass());
        w.string(String.join(",", new java.util.TreeSet<>(t.firstFor())));
        w.string(String.join(",", new java.util.TreeSet<>(t.lastFor())));
      }
      case Synonym s -> {
        w.out.put(SYNONYM).putInt(s.id()).putInt(s.schemaId());
        w.string(s.name());
        w.string(s.baseObjectName());
      }
      case Sequence s -> {
        w.out.put(SEQUENCE).putInt(s.id()).putInt(s.schemaId());
        w.string(s.name());
        w.type(s.type());
        w.out.putLong(s.start()).putLong(s.increment()).putLong(s.minValue()).putLong(s.maxValue());
        w.out.put(s.cycle() ? 1 : 0).putInt(s.cacheSize());
        w.out.putLong(s.restarts());
      }
    }
    return w.bytes();
  }

  static byte[] encode(UserType t) {
    Writer w = new Writer();
    w.out.putInt(t.id()).putInt(t.schemaId());
    w.string(t.name());
    w.out.put(t.isTableType() ? 1 : 0);
    if (t.isTableType()) {
      w.string(t.tableDefinition());
    } else {
      w.type(t.base());
      w.out.put(t.nullable() ? 1 : 0);
    }
    return w.bytes();
  }

  static UserType decodeType(byte[] b) {
    Reader r = new Reader(b);
    int id = r.in.getInt();
    int schemaId = r.in.getInt();
    String name = r.string();
    if (r.in.get() != 0) {
      return UserType.table(id, schemaId, name, r.string());
    }
    return UserType.alias(id, schemaId, name, r.type(), r.in.get() != 0);
  }

  static SchemaObject decodeObject(byte[] b) {
    Reader r = new Reader(b);
    int kind = r.in.get();
    return switch (kind) {
      case TABLE -> readTable(r);
      case VIEW -> new View(r.in.getInt(), r.in.getInt(), r.string(), r.string());
      case SEQUENCE -> readSequence(r);
      case SYNONYM -> new Synonym(r.in.getInt(), r.in.getInt(), r.string(), r.string());
      case PROCEDURE -> new Procedure(r.in.getInt(), r.in.getInt(), r.string(), r.string());
      case FUNCTION -> new UserFunction(r.in.getInt(), r.in.getInt(), r.string(), r.string(), r.string());
      case TRIGGER -> readTrigger(r);
      default -> throw new IllegalArgumentException("Unknown object kind " + kind);
    };
  }

  private static Trigger readTrigger(Reader r) {
    int id = r.in.getInt();
    int schemaId = r.in.getInt();
    String name = r.string();
    String definition = r.string();
    int parentId = r.in.getInt();
    java.util.Set<String> events = java.util.Set.of(r.string().split(","));
    boolean disabled = r.in.get() != 0;
    // Records written before INSTEAD OF triggers existed end here: an AFTER trigger.
    boolean insteadOf = r.in.hasRemaining() && r.in.get() != 0;
    // Those written before DDL triggers existed end here: a table's or view's.
    int parentClass = r.in.hasRemaining() ? r.in.get() & 0xFF : Trigger.OBJECT;
    // Those written before sp_settriggerorder end here: no order set.
    java.util.Set<String> first = r.in.hasRemaining() ? eventSet(r.string()) : java.util.Set.of();
    java.util.Set<String> last = r.in.hasRemaining() ? eventSet(r.string()) : java.util.Set.of();
    return new Trigger(id, schemaId, name, definition, parentId, events, disabled, insteadOf, parentClass, first, last);
  }

  private static java.util.Set<String> eventSet(String joined) {
    return joined.isEmpty() ? java.util.Set.of() : java.util.Set.of(joined.split(","));
  }

  private static Sequence readSequence(Reader r) {
    int id = r.in.getInt();
    int schemaId = r.in.getInt();
    String name = r.string();
    var type = r.type();
    long start = r.in.getLong();
    long increment = r.in.getLong();
    long min = r.in.getLong();
    long max = r.in.getLong();
    boolean cycle = r.in.get() != 0;
    int cache = r.in.getInt();
    // Records written before ALTER SEQUENCE RESTART existed end here: never restarted.
    long restarts = r.in.hasRemaining() ? r.in.getLong() : 0;
    return new Sequence(id, schemaId, name, type, start, increment, min, max, cycle, cache, restarts);
  }

  private static void writeTable(Writer w, Table t) {
    w.out.putInt(t.id()).putInt(t.schemaId());
    w.string(t.name());
    w.out.putVarint(t.columns().size());
    for (Column c : t.columns()) {
      writeColumn(w, c);
    }
    w.out.putVarint(t.indexes().size());
    for (Index i : t.indexes()) {
      writeIndex(w, i);
    }
    w.out.putVarint(t.constraints().size());
    for (Constraint c : t.constraints()) {
      writeConstraint(w, c);
    }
    w.out.putVarint(t.retiredSlots().size());
    // Sorted: the stored bytes must not depend on map iteration order (they are compared).
    new java.util.TreeMap<>(t.retiredSlots())
        .forEach(
            (slot, type) -> {
              w.out.putVarint(slot);
              w.type(type);
            });
    // Appended later: the disabled / not trusted state of the constraints that have one, so that
    // records written before NOCHECK CONSTRAINT existed read as all enabled and trusted.
    List<Constraint> flagged = t.constraints().stream().filter(c -> c.disabled() || c.notTrusted()).toList();
    w.out.putVarint(flagged.size());
    for (Constraint c : flagged) {
      w.out.putInt(c.objectId());
      w.out.put((c.disabled() ? 1 : 0) | (c.notTrusted() ? 2 : 0));
    }
    // Appended later: the relational options of the indexes that have other than the defaults, so
    // that records written before them read as FILLFACTOR 0, ALLOW_ROW/PAGE_LOCKS ON and the rest OFF.
    // Left out when no index has any, so the bytes of such a table stay as they were.
    List<Index> optioned = t.indexes().stream().filter(i -> !i.options().equals(IndexOptions.DEFAULT)).toList();
    if (optioned.isEmpty()) {
      return;
    }
    w.out.putVarint(optioned.size());
    for (Index i : optioned) {
      w.out.putInt(i.indexId());
      writeIndexOptions(w, i.options());
    }
    // Appended later: a columnstore's COMPRESSION_DELAY and ORDER columns, left out when no index
    // has either, so that records written before them end after the options.
    List<Index> faceted = optioned.stream().filter(i -> i.options().hasColumnstoreFacets()).toList();
    if (faceted.isEmpty()) {
      return;
    }
    w.out.putVarint(faceted.size());
    for (Index i : faceted) {
      w.out.putInt(i.indexId());
      w.out.putVarint(i.options().compressionDelay());
      w.ints(i.options().order());
      RowGroupMarks marks = i.options().marks();
      w.out.put(marks == null ? 0 : 1);
      if (marks != null) {
        w.out.putLong(marks.dataId());
        w.out.putVarint(marks.marks().size());
        for (RowGroupMarks.Mark m : marks.marks()) {
          w.out.putLong(m.lastRowId()).putVarint(m.rows()).put(m.transition());
        }
      }
    }
  }

  private static void writeIndexOptions(Writer w, IndexOptions o) {
    w.out.put(o.fillFactor());
    w.out.put((o.padIndex() ? 1 : 0) | (o.allowRowLocks() ? 2 : 0) | (o.allowPageLocks() ? 4 : 0)
        | (o.noRecompute() ? 8 : 0) | (o.optimizeForSequentialKey() ? 16 : 0));
    w.string(o.compression());
  }

  private static IndexOptions readIndexOptions(Reader r) {
    int fill = r.in.get() & 0xFF;
    int flags = r.in.get();
    return new IndexOptions(fill, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, r.string(),
        (flags & 16) != 0);
  }

  private static RowGroupMarks readMarks(Reader r) {
    long dataId = r.in.getLong();
    List<RowGroupMarks.Mark> marks = new ArrayList<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      marks.add(new RowGroupMarks.Mark(r.in.getLong(), r.in.getVarint(), r.in.get()));
    }
    return new RowGroupMarks(dataId, marks);
  }

  private static Table readTable(Reader r) {
    int id = r.in.getInt();
    int schemaId = r.in.getInt();
    String name = r.string();
    List<Column> columns = new ArrayList<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      columns.add(readColumn(r));
    }
    List<Index> indexes = new ArrayList<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      indexes.add(readIndex(r));
    }
    List<Constraint> constraints = new ArrayList<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      constraints.add(readConstraint(r));
    }
    Map<Integer, SqlType> retired = new HashMap<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      retired.put((int) r.in.getVarint(), r.type());
    }
    if (r.in.hasRemaining()) {
      Map<Integer, Integer> states = new HashMap<>();
      for (long n = r.in.getVarint(); n > 0; n--) {
        states.put(r.in.getInt(), (int) r.in.get());
      }
      constraints.replaceAll(c -> withState(c, states.getOrDefault(c.objectId(), 0)));
    }
    if (r.in.hasRemaining()) {
      Map<Integer, IndexOptions> options = new HashMap<>();
      for (long n = r.in.getVarint(); n > 0; n--) {
        options.put(r.in.getInt(), readIndexOptions(r));
      }
      indexes.replaceAll(i -> options.containsKey(i.indexId()) ? i.withOptions(options.get(i.indexId())) : i);
    }
    if (r.in.hasRemaining()) {
      for (long n = r.in.getVarint(); n > 0; n--) {
        int indexId = r.in.getInt();
        int delay = (int) r.in.getVarint();
        List<Integer> order = r.ints();
        RowGroupMarks marks = r.in.get() == 0 ? null : readMarks(r);
        indexes.replaceAll(i -> i.indexId() == indexId
            ? i.withOptions(i.options().withColumnstore(delay, order).withMarks(marks)) : i);
      }
    }
    return new Table(id, schemaId, name, columns, indexes, constraints, retired);
  }

  private static void writeColumn(Writer w, Column c) {
    w.out.putInt(c.columnId());
    w.string(c.name());
    w.type(c.type());
    w.out.put(c.nullable() ? 1 : 0);
    w.nullableString(c.collation());
    // bit 0 IDENTITY (its seed and increment follow), bit 1 rowversion (records before it: 0 or 1)
    w.out.put((c.identity() == null ? 0 : 1) | (c.rowversion() ? 2 : 0));
    if (c.identity() != null) {
      w.out.putLong(c.identity().seed()).putLong(c.identity().increment());
    }
    w.out.put(c.computed() == null ? 0 : 1);
    if (c.computed() != null) {
      w.string(c.computed().expression());
      // bit 0 PERSISTED, bit 1 materialized for an index (records before it carry 0 or 1)
      w.out.put((c.computed().persisted() ? 1 : 0) | (c.computed().materialized() ? 2 : 0));
    }
    w.out.putVarint(c.slot());
    // The missing value is stored as a one-slot row, the row codec knowing every type.
    byte[] missing = RowCodec.encode(RowLayout.of(c.type()), new Object[] {c.missingValue()}, null);
    w.out.putVarint(missing.length).put(missing);
    if (w.format >= FORMAT_USER_TYPES) {
      w.out.putInt(c.userTypeId());
    }
  }

  private static Column readColumn(Reader r) {
    int columnId = r.in.getInt();
    String name = r.string();
    SqlType type = r.type();
    boolean nullable = r.in.get() != 0;
    String collation = r.nullableString();
    int marks = r.in.get();
    Identity identity = (marks & 1) == 0 ? null : new Identity(r.in.getLong(), r.in.getLong());
    Computed computed = null;
    if (r.in.get() != 0) {
      String expression = r.string();
      int flags = r.in.get();
      computed = new Computed(expression, (flags & 1) != 0, (flags & 2) != 0);
    }
    int slot = (int) r.in.getVarint();
    byte[] missing = r.in.get((int) r.in.getVarint());
    Object missingValue = RowCodec.decode(RowLayout.of(type), missing, null)[0];
    int userTypeId = r.format >= FORMAT_USER_TYPES ? r.in.getInt() : 0;
    return new Column(
        columnId, name, type, nullable, collation, identity, computed, slot, missingValue,
        (marks & 2) != 0, userTypeId);
  }

  private static void writeIndex(Writer w, Index i) {
    w.out.putInt(i.indexId());
    w.nullableString(i.name());
    w.string(i.kind().name());
    w.out.put((i.unique() ? 1 : 0) | (i.primaryKey() ? 2 : 0) | (i.uniqueConstraint() ? 4 : 0)
        | (i.ignoreDupKey() ? 8 : 0) | (i.disabled() ? 16 : 0));
    w.out.putVarint(i.keys().size());
    for (IndexColumn k : i.keys()) {
      w.out.putInt(k.columnId()).put(k.descending() ? 1 : 0);
    }
    w.ints(i.includes());
    w.nullableString(i.filter());
    w.out.putLong(i.dataId());
  }

  private static Index readIndex(Reader r) {
    int indexId = r.in.getInt();
    String name = r.nullableString();
    IndexKind kind = IndexKind.valueOf(r.string());
    int flags = r.in.get();
    List<IndexColumn> keys = new ArrayList<>();
    for (long n = r.in.getVarint(); n > 0; n--) {
      keys.add(new IndexColumn(r.in.getInt(), r.in.get() != 0));
    }
    List<Integer> includes = r.ints();
    String filter = r.nullableString();
    return new Index(
        indexId,
        name,
        kind,
        (flags & 1) != 0,
        (flags & 2) != 0,
        (flags & 4) != 0,
        keys,
        includes,
        filter,
        r.in.getLong(),
        (flags & 8) != 0,
        (flags & 16) != 0);
  }

  private static void writeConstraint(Writer w, Constraint c) {
    w.string(c.typeCode());
    w.out.putInt(c.objectId());
    w.string(c.name());
    switch (c) {
      case Constraint.PrimaryKey pk -> w.out.putInt(pk.indexId());
      case Constraint.Unique uq -> w.out.putInt(uq.indexId());
      case Constraint.ForeignKey fk -> {
        w.ints(fk.columns());
        w.out.putInt(fk.refTableId());
        w.ints(fk.refColumns());
        w.string(fk.onDelete().name());
        w.string(fk.onUpdate().name());
      }
      case Constraint.Check ck -> {
        w.string(ck.expression());
        w.out.putInt(ck.columnId());
      }
      case Constraint.Default df -> {
        w.out.putInt(df.columnId());
        w.string(df.expression());
      }
    }
  }

  private static Constraint withState(Constraint c, int flags) {
    boolean disabled = (flags & 1) != 0;
    boolean notTrusted = (flags & 2) != 0;
    return switch (c) {
      case Constraint.ForeignKey fk when flags != 0 -> fk.withState(disabled, notTrusted);
      case Constraint.Check ck when flags != 0 -> ck.withState(disabled, notTrusted);
      default -> c;
    };
  }

  private static Constraint readConstraint(Reader r) {
    String code = r.string();
    int objectId = r.in.getInt();
    String name = r.string();
    return switch (code) {
      case "PK" -> new Constraint.PrimaryKey(objectId, name, r.in.getInt());
      case "UQ" -> new Constraint.Unique(objectId, name, r.in.getInt());
      case "F" ->
          new Constraint.ForeignKey(
              objectId,
              name,
              r.ints(),
              r.in.getInt(),
              r.ints(),
              FkAction.valueOf(r.string()),
              FkAction.valueOf(r.string()));
      case "C" -> new Constraint.Check(objectId, name, r.string(), r.in.getInt());
      case "D" -> new Constraint.Default(objectId, name, r.in.getInt(), r.string());
      default -> throw new IllegalArgumentException("Unknown constraint type " + code);
    };
  }

  private static final class Writer {
    final ByteSink out = new ByteSink(128);
    final int format;

    Writer() {
      this(FORMAT);
    }

    Writer(int format) {
      this.format = format;
      out.put(format);
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.putVarint(b.length).put(b);
    }

    void nullableString(String s) {
      out.put(s == null ? 0 : 1);
      if (s != null) {
        string(s);
      }
    }

    void type(SqlType t) {
      string(t.id().name());
      out.putInt(t.length()).putInt(t.precision()).putInt(t.scale());
    }

    void ints(List<Integer> values) {
      out.putVarint(values.size());
      for (int v : values) {
        out.putInt(v);
      }
    }

    byte[] bytes() {
      return out.toBytes();
    }
  }

  private static final class Reader {
    final ByteSource in;
    final int format;

    Reader(byte[] b) {
      in = new ByteSource(b);
      format = in.get();
      if (format != FORMAT && format != FORMAT_USER_TYPES) {
        throw new IllegalArgumentException("Unknown metadata format " + format);
      }
    }

    String string() {
      return new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
    }

    String nullableString() {
      return in.get() == 0 ? null : string();
    }

    SqlType type() {
      return new SqlType(TypeId.valueOf(string()), in.getInt(), in.getInt(), in.getInt());
    }

    List<Integer> ints() {
      List<Integer> out = new ArrayList<>();
      for (long n = in.getVarint(); n > 0; n--) {
        out.add(in.getInt());
      }
      return out;
    }
  }
}
