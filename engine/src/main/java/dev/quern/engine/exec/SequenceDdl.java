package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.AlterSequenceStatement;
import dev.quern.engine.ast.CreateSequenceStatement;
import dev.quern.engine.ast.DropSequenceStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;

/** CREATE SEQUENCE (SQL Server's defaults: bigint, ascending from the type's minimum) and DROP. */
final class SequenceDdl {
  private final SessionState state;

  SequenceDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateSequenceStatement s) {
    ObjectNames.Target target =
        ObjectNames.creationTarget(state.store(), state.databaseName(), s.name())
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(s.name().size() > 1 ? s.name().get(s.name().size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    if (state.store().metadata(catalog).nameTaken(target.schema().id(), target.name())) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    SqlType type;
    try {
      type = s.type() == null ? SqlTypes.BIGINT : SqlTypes.parse(s.type().toSql());
    } catch (IllegalArgumentException e) {
      throw SqlErrors.CANNOT_FIND_TYPE.raise(1, s.type().name());
    }
    long typeMin = typeMin(type);
    long typeMax = typeMax(type);
    if (!SqlTypes.isInteger(type.id()) && type.id() != TypeId.DECIMAL && type.id() != TypeId.NUMERIC) {
      throw SqlErrors.SEQUENCE_TYPE.raise();
    }
    long increment = s.increment() == null ? 1 : s.increment();
    if (increment == 0) {
      throw SqlErrors.SEQUENCE_INCREMENT_ZERO.raise(target.name());
    }
    long min = s.minValue() == null ? typeMin : s.minValue();
    long max = s.maxValue() == null ? typeMax : s.maxValue();
    long start = s.start() != null ? s.start() : increment > 0 ? min : max;
    if (min >= max) {
      throw SqlErrors.SEQUENCE_MIN_MAX.raise(target.name());
    }
    if (start < min || start > max) {
      throw SqlErrors.SEQUENCE_START.raise(target.name());
    }
    if (java.math.BigInteger.valueOf(increment).abs()
        .compareTo(java.math.BigInteger.valueOf(max).subtract(java.math.BigInteger.valueOf(min))) > 0) {
      throw SqlErrors.SEQUENCE_INCREMENT_RANGE.raise(target.name());
    }
    int cache = s.cache() == null ? 50 : s.cache();
    Sequence seq = new Sequence(catalog.newObjectId(), target.schema().id(), target.name(), type, start, increment,
        min, max, s.cycle(), cache);
    catalog.createObject(state.store().txn(catalog), seq);
    state.store().markDdl();
  }

  private static long typeMin(SqlType type) {
    return switch (type.id()) {
      case TINYINT -> 0;
      case SMALLINT -> Short.MIN_VALUE;
      case INT -> Integer.MIN_VALUE;
      case DECIMAL, NUMERIC -> -decimalMax(type);
      default -> Long.MIN_VALUE;
    };
  }

  private static long typeMax(SqlType type) {
    return switch (type.id()) {
      case TINYINT -> 255;
      case SMALLINT -> Short.MAX_VALUE;
      case INT -> Integer.MAX_VALUE;
      case DECIMAL, NUMERIC -> decimalMax(type);
      default -> Long.MAX_VALUE;
    };
  }

  /**
   * The largest value of decimal(p, 0): p nines, as SQL Server bounds such a sequence. Counters
   * are longs, so precisions past 18 are bounded by bigint's range.
   */
  private static long decimalMax(SqlType type) {
    int precision = type.precision();
    return precision >= 19 ? Long.MAX_VALUE : java.math.BigInteger.TEN.pow(precision).longValueExact() - 1;
  }

  /**
   * ALTER SEQUENCE: a new definition in the statement's transaction. RESTART WITH n also becomes
   * the start value (what a later RESTART without WITH returns to); the counter starts over there
   * once the ALTER commits (see {@link Sequence#restarts()}), after a restart of the server too.
   */
  void alter(AlterSequenceStatement a) {
    var found = ObjectNames.object(state.store(), state.databaseName(), a.name());
    if (found.isEmpty()) {
      throw SqlErrors.CANNOT_ALTER_SEQUENCE.raise(String.join(".", a.name()));
    }
    if (!(found.get().object() instanceof Sequence old)) {
      throw SqlErrors.NOT_A_SEQUENCE.raise(String.join(".", a.name()));
    }
    Catalog catalog = found.get().target().catalog();
    long increment = a.increment() != null ? a.increment() : old.increment();
    long min = a.noMin() ? typeMin(old.type()) : a.minValue() != null ? a.minValue() : old.minValue();
    long max = a.noMax() ? typeMax(old.type()) : a.maxValue() != null ? a.maxValue() : old.maxValue();
    long start = a.restartWith() != null ? a.restartWith() : old.start();
    if (increment == 0) {
      throw SqlErrors.SEQUENCE_INCREMENT_ZERO.raise(old.name());
    }
    if (min >= max) {
      throw SqlErrors.SEQUENCE_MIN_MAX.raise(old.name());
    }
    if (java.math.BigInteger.valueOf(increment).abs()
        .compareTo(java.math.BigInteger.valueOf(max).subtract(java.math.BigInteger.valueOf(min))) > 0) {
      throw SqlErrors.SEQUENCE_INCREMENT_RANGE.raise(old.name());
    }
    if (a.restart() && (start < min || start > max)) {
      throw SqlErrors.SEQUENCE_START.raise(old.name());
    }
    var current = catalog.values().currentSequenceValue(old);
    if (!a.restart() && current.isPresent() && (current.getAsLong() < min || current.getAsLong() > max)) {
      throw SqlErrors.SEQUENCE_CURRENT_VALUE.raise(current.getAsLong(), old.name());
    }
    int cache = a.cache() == null ? old.cacheSize() : a.cache() < 0 ? 50 : a.cache();
    boolean cycle = a.cycle() != null ? a.cycle() : old.cycle();
    // A RESTART is named in the definition, so it takes effect when (and only if) the ALTER commits;
    // by a number never used before (a data id), so that a later RESTART after a rolled-back one is
    // not taken for it (ValueCounters keeps the counter of the rolled-back one's number).
    Sequence changed = new Sequence(old.id(), old.schemaId(), old.name(), old.type(), start, increment, min, max,
        cycle, cache, a.restart() ? catalog.newDataId() : old.restarts());
    catalog.alterObject(state.store().txn(catalog), changed);
    state.store().markDdl();
  }

  void drop(DropSequenceStatement d) {
    for (List<String> name : d.names()) {
      var found = ObjectNames.object(state.store(), state.databaseName(), name);
      if (found.isEmpty() || !(found.get().object() instanceof Sequence seq)) {
        if (d.ifExists()) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise("sequence", String.join(".", name));
      }
      Catalog catalog = found.get().target().catalog();
      catalog.dropObject(state.store().txn(catalog), seq.id());
      state.store().markDdl();
    }
  }
}
