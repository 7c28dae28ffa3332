package dev.quern.engine.parser;

import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.FunctionErrors;
import java.util.Locale;
import java.util.Set;

/**
 * The analytic functions that exist only as window functions (PERCENT_RANK, CUME_DIST,
 * PERCENTILE_CONT, PERCENTILE_DISC): written without OVER they are refused while parsing, as SQL
 * Server refuses them (10753), before anything binds.
 */
final class AnalyticCalls {
  private AnalyticCalls() {}

  private static final Set<String> WINDOW_ONLY = Set.of("PERCENT_RANK", "CUME_DIST", "PERCENTILE_CONT", "PERCENTILE_DISC");

  static void requireOver(FunctionCall call) {
    String name = call.name().toUpperCase(Locale.ROOT);
    if (WINDOW_ONLY.contains(name)) {
      throw FunctionErrors.MUST_HAVE_OVER.raise(name.toLowerCase(Locale.ROOT));
    }
  }
}
