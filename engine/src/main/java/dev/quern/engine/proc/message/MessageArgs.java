package dev.quern.engine.proc.message;

import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcArgBinding;
import java.math.BigDecimal;
import java.util.List;

/**
 * The arguments of a message procedure bound to its parameters, positional first then by name
 * (8144 for too many, 8145 for a name it lacks), read as the parameter types read them.
 */
final class MessageArgs {
  private final ProcArg[] bound;

  private MessageArgs(ProcArg[] bound) {
    this.bound = bound;
  }

  static MessageArgs bind(String procedure, List<ProcArg> args, List<String> params) {
    return new MessageArgs(ProcArgBinding.bind(procedure, args, params));
  }

  /** The value of parameter {@code i}, null when NULL, DEFAULT or not given. */
  Object value(int i) {
    ProcArg a = bound[i];
    if (a == null || a.isDefault() || a.value() == null) {
      return null;
    }
    return a.value() instanceof SqlVariant v ? v.value() : a.value();
  }

  String text(int i) {
    Object v = value(i);
    return v == null ? null : v.toString();
  }

  /** An int or smallint parameter: a number, or a string holding one (as the conversion reads it). */
  Integer integer(int i) {
    Object v = value(i);
    return switch (v) {
      case null -> null;
      case BigDecimal d -> d.intValue();
      case Number n -> n.intValue();
      default -> parse(v.toString());
    };
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw SqlErrors.ERROR_CONVERTING.raise("varchar", "int");
    }
  }
}
