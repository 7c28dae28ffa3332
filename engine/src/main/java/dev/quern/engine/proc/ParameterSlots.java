package dev.quern.engine.proc;

import dev.quern.engine.error.SqlErrors;
import java.util.List;
import java.util.Locale;

/**
 * A system procedure's arguments put in its parameters' places: by position, or by name ({@code
 * @name = value}, any case); DEFAULT leaves a place empty (null). A name the procedure does not
 * have is 8145, more arguments than parameters 8144, as for SQL Server's procedures.
 */
final class ParameterSlots {
  private ParameterSlots() {}

  /** {@code parameters}: the lower-case names in order; {@code procedure}: as errors name it. */
  static ProcArg[] of(List<ProcArg> args, List<String> parameters, String procedure) {
    ProcArg[] slots = new ProcArg[parameters.size()];
    for (int i = 0; i < args.size(); i++) {
      ProcArg a = args.get(i);
      int at = a.name() == null ? i : parameters.indexOf(a.name().toLowerCase(Locale.ROOT));
      if (at < 0) {
        throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), procedure);
      }
      if (at >= slots.length) {
        throw SqlErrors.TOO_MANY_ARGUMENTS.raise(procedure);
      }
      if (!a.isDefault()) {
        slots[at] = a;
      }
    }
    return slots;
  }
}
