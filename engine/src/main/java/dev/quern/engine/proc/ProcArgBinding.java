package dev.quern.engine.proc;

import dev.quern.engine.error.SqlErrors;
import java.util.List;

/**
 * A system procedure's arguments bound to its parameters as SQL Server binds them: positional ones
 * first, in order, then named ones by name in any case; 8144 for one positional argument too many,
 * 8145 for a name the procedure does not have.
 */
public final class ProcArgBinding {
  private ProcArgBinding() {}

  /** {@code args} by slot of {@code params} (names with their '@'); an unpassed slot is null. */
  public static ProcArg[] bind(String procedure, List<ProcArg> args, List<String> params) {
    ProcArg[] bound = new ProcArg[params.size()];
    int position = 0;
    for (ProcArg a : args) {
      int at;
      if (a.name() == null) {
        if (position >= params.size()) {
          throw SqlErrors.TOO_MANY_ARGUMENTS.raise(procedure);
        }
        at = position++;
      } else {
        at = indexOf(params, a.name());
        if (at < 0) {
          throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), procedure);
        }
      }
      bound[at] = a;
    }
    return bound;
  }

  private static int indexOf(List<String> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
