package dev.quern.engine.func;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * Base of SQL Server 2025's scalar regular expression functions (REGEXP_LIKE, REGEXP_REPLACE,
 * REGEXP_SUBSTR, REGEXP_INSTR, REGEXP_COUNT): argument types by role, a pattern cache per call
 * site, and matching over text that honours cancellation. Matching ignores collation (SQL Server's
 * does too), but the arguments' collations must still resolve (468), so the functions count as
 * collation-sensitive, and the binder's {@link #withCollation} gives each call site its own
 * instance and with it its own cache.
 */
abstract class RegexpFunction extends BuiltinFunction {
  private final List<Role> roles;
  private final RegexPatternCache patterns = new RegexPatternCache(false);

  RegexpFunction(String name, int minArgs, List<Role> roles) {
    super(name, minArgs, roles.size());
    this.roles = roles;
  }

  /** Every scalar REGEXP_* function (each registry entry is a prototype; call sites get their own). */
  static List<ScalarFunction> all() {
    return List.of(new RegexpLikeFunction(), new RegexpReplaceFunction(), new RegexpSubstrFunction(),
        new RegexpInstrFunction(), new RegexpCountFunction());
  }

  /** A new instance of this function, with an empty pattern cache. */
  abstract RegexpFunction fresh();

  /** The result type once the argument types are known to be acceptable. */
  abstract SqlType type(List<SqlType> types);

  @Override
  public boolean collationSensitive() {
    return true;
  }

  @Override
  public ScalarFunction withCollation(Collation collation) {
    return fresh();
  }

  @Override
  final SqlType resultType(List<SqlType> types) {
    RegexArguments.check(name(), types, roles.subList(0, types.size()));
    return type(types);
  }

  /** The pattern (argument 2) compiled under the flags at {@code flagsIndex} when given. */
  final Pattern pattern(Arguments a, int flagsIndex) {
    return patterns.get(a.string(1), a.size() > flagsIndex ? a.string(flagsIndex) : "");
  }

  /** A matcher of {@code p} over {@code text} that stops when the request is cancelled. */
  static Matcher matcher(Pattern p, String text, FunctionContext ctx) {
    return p.matcher(new CancellableText(text, p.programSize(), ctx));
  }

  /** An optional int argument, or its default when the call leaves it out. */
  static int intOr(Arguments a, int index, int otherwise) {
    return a.size() > index ? a.integer(index) : otherwise;
  }

  /**
   * Moves {@code m} to the {@code occurrence}-th match at or after UTF-16 index {@code from};
   * false when there are fewer. Each search resumes after the previous match, as RE2 iterates.
   */
  static boolean find(Matcher m, int from, int occurrence) {
    if (!m.find(from)) {
      return false;
    }
    for (int k = 1; k < occurrence; k++) {
      if (!m.find()) {
        return false;
      }
    }
    return true;
  }
}
