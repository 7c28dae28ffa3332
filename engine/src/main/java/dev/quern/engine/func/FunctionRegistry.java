package dev.quern.engine.func;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The built-in scalar functions by name (case-insensitive). */
public final class FunctionRegistry {
  private final Map<String, ScalarFunction> functions;

  private FunctionRegistry(Map<String, ScalarFunction> functions) {
    this.functions = functions;
  }

  /** Built once: the functions are stateless (RAND keeps its per-session state by session). */
  private static final FunctionRegistry BUILTINS = of(BuiltinFunctions.all());

  /** Every built-in scalar function Quern implements (one shared, immutable registry). */
  public static FunctionRegistry builtins() {
    return BUILTINS;
  }

  /** A registry of exactly these functions. */
  public static FunctionRegistry of(Collection<? extends ScalarFunction> list) {
    Map<String, ScalarFunction> map = new TreeMap<>();
    for (ScalarFunction f : list) {
      if (map.put(key(f.name()), f) != null) {
        throw new IllegalArgumentException("duplicate function " + f.name());
      }
    }
    return new FunctionRegistry(Map.copyOf(map));
  }

  /** The function with this name ({@code len}, {@code @@version}); empty when there is none. */
  public Optional<ScalarFunction> lookup(String name) {
    return Optional.ofNullable(functions.get(key(name)));
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
