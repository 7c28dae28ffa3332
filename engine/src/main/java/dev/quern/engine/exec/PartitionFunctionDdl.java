package dev.quern.engine.exec;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.PartitionScheme;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.PartitionStatement.AlterFunction;
import dev.quern.engine.ast.PartitionStatement.CreateFunction;
import dev.quern.engine.binder.DeclaredType;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * CREATE, ALTER (SPLIT / MERGE RANGE) and DROP PARTITION FUNCTION ("CREATE PARTITION FUNCTION
 * (Transact-SQL)"). Boundary values are evaluated once, converted to the parameter type as an
 * assignment would (7705), sorted (7709 warns when written unsorted) and must differ (7708); a
 * function has at most 15,000 partitions (7719). Partitions are logical, so SPLIT and MERGE move no
 * rows: they change the boundaries, and the filegroup lists of the schemes on the function.
 */
final class PartitionFunctionDdl {
  /** Types no partitioning column may have ("CREATE PARTITION FUNCTION", arguments). */
  private static final Set<TypeId> INVALID = Set.of(TypeId.TEXT, TypeId.NTEXT, TypeId.IMAGE, TypeId.XML);

  private final SessionState state;
  private final DmlBinder binder;
  private final Frame frame;
  private final PartitionCatalog database;

  PartitionFunctionDdl(SessionState state, DmlBinder binder, Frame frame) {
    this.state = state;
    this.binder = binder;
    this.frame = frame;
    this.database = new PartitionCatalog(state);
  }

  void create(CreateFunction c, ResultSink sink) {
    Metadata m = database.metadata();
    if (m.partitions().function(state.databaseId(), c.name()).isPresent()) {
      throw PartitionErrors.NAME_TAKEN.raise(c.name());
    }
    if (c.parameters().size() > 1) {
      throw PartitionErrors.MULTIPLE_PARAMETERS.raise();
    }
    SqlType type = parameterType(c);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < c.values().size(); i++) {
      values.add(boundary(c.values().get(i), type, i + 1));
    }
    String collation = SqlTypes.isCharacter(type.id()) ? database.record().collation() : null;
    Instant now = Instant.now();
    PartitionFunction draft = new PartitionFunction(state.databaseId(),
        database.catalog().partitions().nextFunctionId(m, state.databaseId()), c.name(), type, collation, c.right(),
        values, now, now);
    List<Object> sorted = sorted(draft, values);
    if (sorted.size() + 1 > PartitionFunction.MAX_PARTITIONS) {
      throw PartitionErrors.TOO_MANY_PARTITIONS.raise(PartitionFunction.MAX_PARTITIONS);
    }
    if (!sorted.equals(values)) {
      sink.message(PartitionErrors.VALUES_NOT_SORTED.message(c.name(), c.name()));
    }
    database.catalog().partitions().save(database.txn(), draft.withBoundaries(sorted, now));
    state.store().markDdl();
  }

  void drop(String name) {
    PartitionFunction f = database.function(name, "drop");
    boolean used = database.metadata().partitions().schemes(state.databaseId()).stream()
        .anyMatch(s -> s.functionId() == f.functionId());
    if (used) {
      throw PartitionErrors.FUNCTION_IN_USE.raise(f.name());
    }
    database.catalog().partitions().drop(database.txn(), f);
    state.store().markDdl();
  }

  /**
   * SPLIT RANGE adds a boundary (7721 when already one), each scheme on the function giving the new
   * partition its NEXT USED filegroup (7710 when one has none); MERGE RANGE removes one (7715 when
   * not one, 7716 for the last), its schemes dropping the merged partition's filegroup.
   */
  void alter(AlterFunction a) {
    PartitionFunction f = database.function(a.name(), "alter");
    Object value = boundary(a.value(), f.parameterType(), 1);
    int index = position(f, value);
    boolean present = index < f.boundaries().size() && f.compare(f.boundaries().get(index), value) == 0;
    List<Object> boundaries = new ArrayList<>(f.boundaries());
    List<PartitionScheme> schemes = database.metadata().partitions().schemes(state.databaseId()).stream()
        .filter(s -> s.functionId() == f.functionId()).toList();
    // The partition whose filegroup a split gives the NEXT USED one, or a merge removes.
    int partition = f.rangeRight() ? index + 1 : index;
    if (a.split()) {
      if (present) {
        throw PartitionErrors.SPLIT_DUPLICATE.raise(index + 1);
      }
      if (f.fanout() + 1 > PartitionFunction.MAX_PARTITIONS) {
        throw PartitionErrors.TOO_MANY_PARTITIONS.raise(PartitionFunction.MAX_PARTITIONS);
      }
      boundaries.add(index, value);
      for (PartitionScheme s : schemes) {
        if (s.nextUsed() == null) {
          throw PartitionErrors.NO_NEXT_USED.raise(s.name());
        }
      }
      for (PartitionScheme s : schemes) {
        List<String> groups = new ArrayList<>(s.filegroups());
        groups.add(partition, s.nextUsed());
        database.catalog().partitions().save(database.txn(), s.withFilegroups(groups, null));
      }
    } else {
      if (!present) {
        throw PartitionErrors.RANGE_VALUE_NOT_FOUND.raise();
      }
      if (boundaries.size() == 1) {
        throw PartitionErrors.ZERO_PARTITIONS.raise();
      }
      boundaries.remove(index);
      for (PartitionScheme s : schemes) {
        List<String> groups = new ArrayList<>(s.filegroups());
        groups.remove(partition);
        database.catalog().partitions().save(database.txn(), s.withFilegroups(groups, s.nextUsed()));
      }
    }
    database.catalog().partitions().save(database.txn(), f.withBoundaries(boundaries, Instant.now()));
    state.store().markDdl();
  }

  /** The index of the first boundary not below {@code value}. */
  private static int position(PartitionFunction f, Object value) {
    int i = 0;
    while (i < f.boundaries().size() && f.compare(f.boundaries().get(i), value) < 0) {
      i++;
    }
    return i;
  }

  private SqlType parameterType(CreateFunction c) {
    var written = c.parameters().getFirst();
    if (SqlTypes.isRowversionName(written.name())) {
      throw PartitionErrors.INVALID_TYPE.raise(written.name());
    }
    DeclaredType declared = DeclaredType.resolve(written, 1, state);
    if (declared.userType() != null) {
      throw PartitionErrors.INVALID_TYPE.raiseWithState(3, written.name());
    }
    SqlType type = declared.type();
    if (INVALID.contains(type.id()) || type.isMax()) {
      throw PartitionErrors.INVALID_TYPE.raise(written.name());
    }
    return type;
  }

  /** A boundary value converted to the parameter type; {@code ordinal} as written, from 1. */
  private Object boundary(Expr e, SqlType type, int ordinal) {
    var bound = binder.scalar(e, "VALUES");
    Object v = bound.eval(frame.eval);
    if (v == null) {
      return null;
    }
    if (!Conversions.implicitlyConvertible(bound.type(), type)) {
      throw PartitionErrors.VALUE_NOT_CONVERTIBLE.raise(ordinal);
    }
    try {
      return Conversions.convertImplicitly(v, bound.type(), type);
    } catch (RuntimeException failed) {
      throw PartitionErrors.VALUE_CONVERSION_FAILED.raise(ordinal);
    }
  }

  /** The values in the function's order; 7708 naming the written ordinals of two equal ones. */
  private static List<Object> sorted(PartitionFunction f, List<Object> values) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> byValue = (x, y) -> f.compare(values.get(x), values.get(y));
    order.sort(byValue.thenComparing(Comparator.naturalOrder()));
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      if (i > 0 && byValue.compare(order.get(i - 1), order.get(i)) == 0) {
        throw PartitionErrors.DUPLICATE_BOUNDARIES.raise(order.get(i - 1) + 1, order.get(i) + 1);
      }
      out.add(values.get(order.get(i)));
    }
    return out;
  }
}
