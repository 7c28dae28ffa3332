package dev.quern.engine.func;

import java.util.ArrayList;
import java.util.List;

/** The list of every built-in scalar function, grouped by family. */
final class BuiltinFunctions {
  private BuiltinFunctions() {}

  static List<ScalarFunction> all() {
    List<ScalarFunction> all = new ArrayList<>();
    return all;
  }
}
