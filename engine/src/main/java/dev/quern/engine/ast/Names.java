package dev.quern.engine.ast;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Prints identifiers back, bracketing only those that need it. */
public final class Names {
  private static final Pattern REGULAR = Pattern.compile("[\\p{L}_#@][\\p{L}\\p{N}_@#$]*");

  private Names() {}

  public static String quote(String name) {
    if (REGULAR.matcher(name).matches() && !dev.quern.engine.lexer.Keywords.isReserved(name)) {
      return name;
    }
    return bracketed(name);
  }

  /** {@code name} always in brackets, a {@code ]} doubled (QUOTENAME's form), for generated T-SQL. */
  public static String bracketed(String name) {
    return "[" + name.replace("]", "]]") + "]";
  }

  public static String quoteAll(List<String> parts) {
    return parts.stream().map(Names::quote).collect(Collectors.joining("."));
  }
}
