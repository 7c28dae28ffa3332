package dev.quern.engine.proc.catalog;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import java.util.List;
import java.util.Locale;

/**
 * A catalog procedure's arguments bound to its parameters: by position, then by name (any case);
 * 8144 for too many, 8145 for a name that is no parameter. DEFAULT and NULL read as absent.
 */
public final class CatalogArguments {
  private final ProcArg[] bound;
  private final String procedure;

  private CatalogArguments(ProcArg[] bound, String procedure) {
    this.bound = bound;
    this.procedure = procedure;
  }

  /** {@code parameters}: lower-case names with their '@', in declaration order. */
  public static CatalogArguments bind(List<ProcArg> args, List<String> parameters, String procedure) {
    ProcArg[] bound = new ProcArg[parameters.size()];
    int position = 0;
    for (ProcArg a : args) {
      int slot;
      if (a.name() != null) {
        slot = parameters.indexOf(a.name().toLowerCase(Locale.ROOT));
        if (slot < 0) {
          throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), procedure);
        }
      } else {
        slot = position;
        if (slot >= parameters.size()) {
          throw SqlErrors.TOO_MANY_ARGUMENTS.raise(procedure);
        }
      }
      position++;
      bound[slot] = a.isDefault() ? null : a;
    }
    return new CatalogArguments(bound, procedure);
  }

  /** The argument bound to parameter {@code i} (an OUTPUT one receives its value through it); null when not passed. */
  public ProcArg arg(int i) {
    return bound[i];
  }

  /** The value as text, or null when not passed or NULL. */
  public String string(int i) {
    ProcArg a = bound[i];
    return a == null || a.value() == null ? null : a.value().toString();
  }

  /** A required argument (201 when missing). */
  public String required(int i, String parameter) {
    String v = string(i);
    if (bound[i] == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(procedure, parameter);
    }
    return v;
  }

  /** An int or bit argument, {@code otherwise} when not passed or NULL. */
  public int integer(int i, int otherwise) {
    ProcArg a = bound[i];
    if (a == null || a.value() == null) {
      return otherwise;
    }
    Object v = a.value();
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().strip());
    } catch (NumberFormatException e) {
      throw SqlErrors.CONVERSION_FAILED.raise("nvarchar", v, "int");
    }
  }
}
