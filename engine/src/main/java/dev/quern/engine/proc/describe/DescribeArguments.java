package dev.quern.engine.proc.describe;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.DescribeErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of the describe procedures: {@code @tsql}, {@code @params} and (first result set
 * only) {@code @browse_information_mode}, by position then by name (8144, 8145); the texts must be
 * Unicode (214) and {@code @tsql} given (201), as for sp_executesql.
 */
record DescribeArguments(String tsql, String params, int browseMode) {
  static DescribeArguments bind(List<ProcArg> args, List<String> parameters, String procedure) {
    ProcArg[] bound = new ProcArg[parameters.size()];
    int position = 0;
    for (ProcArg a : args) {
      int slot = a.name() == null ? position : parameters.indexOf(a.name().toLowerCase(Locale.ROOT));
      if (a.name() != null && slot < 0) {
        throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), procedure);
      }
      if (slot >= parameters.size()) {
        throw SqlErrors.TOO_MANY_ARGUMENTS.raise(procedure);
      }
      position++;
      bound[slot] = a.isDefault() ? null : a;
    }
    if (bound[0] == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(procedure, "@tsql");
    }
    String tsql = unicode(bound[0], "@tsql");
    String params = bound.length > 1 && bound[1] != null ? unicode(bound[1], "@params") : null;
    int browse = bound.length > 2 && bound[2] != null ? browseMode(bound[2]) : 0;
    return new DescribeArguments(tsql == null ? "" : tsql, params, browse);
  }

  private static String unicode(ProcArg a, String name) {
    if (a.value() != null && a.type() != null) {
      TypeId id = a.type().id();
      if (id != TypeId.NVARCHAR && id != TypeId.NCHAR && id != TypeId.NTEXT) {
        throw SqlErrors.PROC_EXPECTS_TYPE.raise(name, "ntext/nchar/nvarchar");
      }
    }
    return a.value() == null ? null : a.value().toString();
  }

  /** 0, 1 or 2 (NULL reads as 0); anything else is 11552. */
  private static int browseMode(ProcArg a) {
    Object v = a.value();
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 0 && n.intValue() <= 2) {
      return n.intValue();
    }
    throw DescribeErrors.BROWSE_MODE.raise();
  }
}
