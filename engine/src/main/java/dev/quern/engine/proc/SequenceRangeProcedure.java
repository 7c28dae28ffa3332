package dev.quern.engine.proc;

import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.meta.SequenceExhaustedException;
import dev.quern.catalog.meta.ValueCounters;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;

/**
 * sp_sequence_get_range @sequence_name, @range_size, @range_first_value OUTPUT [,
 * @range_last_value OUTPUT] [, @range_cycle_count OUTPUT] [, @sequence_increment OUTPUT] [,
 * @sequence_min_value OUTPUT] [, @sequence_max_value OUTPUT]: reserves a range of values of a
 * sequence at once ("sp_sequence_get_range (Transact-SQL)").
 */
final class SequenceRangeProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS =
      List.of(
          "@sequence_name", "@range_size", "@range_first_value", "@range_last_value",
          "@range_cycle_count", "@sequence_increment", "@sequence_min_value", "@sequence_max_value");

  @Override
  public String name() {
    return "sp_sequence_get_range";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ProcArg[] byName = bind(args);
    Object name = byName[0] == null ? null : byName[0].value();
    Object size = byName[1] == null ? null : byName[1].value();
    long n = size == null ? 0 : ((Number) Conversions.convert(size, byName[1].type(), SqlTypes.BIGINT)).longValue();
    if (n <= 0) {
      throw SqlErrors.SEQUENCE_RANGE_SIZE.raise("@range_size");
    }
    SessionState state = host.state();
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    try {
      String written = name == null ? "" : name.toString();
      var found = ObjectNames.object(store, state.databaseName(), parts(written));
      if (found.isEmpty() || !(found.get().object() instanceof Sequence seq)) {
        throw SqlErrors.NOT_A_SEQUENCE.raise(written);
      }
      ValueCounters.SequenceRange range;
      try {
        range = found.get().target().catalog().values().reserveSequenceRange(seq, n);
      } catch (SequenceExhaustedException e) {
        throw SqlErrors.SEQUENCE_RANGE_EXCEEDED.raise(seq.name());
      }
      set(byName[2], seq, range.first());
      set(byName[3], seq, range.last());
      if (byName[4] != null) {
        byName[4].setOutput(range.cycles(), SqlTypes.INT);
      }
      set(byName[5], seq, seq.increment());
      set(byName[6], seq, seq.minValue());
      set(byName[7], seq, seq.maxValue());
      ok = true;
    } finally {
      store.endStatement(ok);
    }
    return 0;
  }

  /** Arguments by parameter, whether passed by name or by position. */
  private static ProcArg[] bind(List<ProcArg> args) {
    ProcArg[] out = new ProcArg[PARAMETERS.size()];
    for (int i = 0; i < args.size(); i++) {
      ProcArg a = args.get(i);
      int at = a.name() == null ? i : indexOf(a.name());
      if (at >= 0 && at < out.length && !a.isDefault()) {
        out[at] = a;
      }
    }
    return out;
  }

  private static int indexOf(String name) {
    for (int i = 0; i < PARAMETERS.size(); i++) {
      if (PARAMETERS.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Values come back as sql_variant of the sequence's type, as SQL Server returns them. */
  private static void set(ProcArg arg, Sequence seq, long value) {
    if (arg != null && arg.output()) {
      SqlType type = seq.type();
      arg.setOutput(new SqlVariant(type, Conversions.convert(value, SqlTypes.BIGINT, type)), SqlTypes.SQL_VARIANT);
    }
  }

  private static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.startsWith("[") && t.endsWith("]") && t.length() >= 2) {
        t = t.substring(1, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }
}
