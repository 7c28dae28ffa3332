package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A function from one string to a string of at most the same length: UPPER, LOWER, REVERSE. */
final class StringTransformFunction extends BuiltinFunction {
  private final UnaryOperator<String> transform;

  StringTransformFunction(String name, UnaryOperator<String> transform) {
    super(name, 1, 1);
    this.transform = transform;
  }

  static List<ScalarFunction> all() {
    return List.of(
        new StringTransformFunction("UPPER", s -> s.toUpperCase(Locale.ROOT)),
        new StringTransformFunction("LOWER", s -> s.toLowerCase(Locale.ROOT)),
        new StringTransformFunction("REVERSE", s -> new StringBuilder(s).reverse().toString()));
  }

  /** Only U+0020 is trimmed, as SQL Server does (tabs and line breaks stay). */
  static String stripLeadingSpaces(String s) {
    int b = 0;
    while (b < s.length() && s.charAt(b) == ' ') {
      b++;
    }
    return s.substring(b);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return TextTypes.sameLength(types.get(0));
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return transform.apply(a.string(0));
  }
}
