package dev.quern.engine.func;

import com.google.re2j.Pattern;

/**
 * The last pattern one call site compiled, so that a scan applying a constant pattern to many rows
 * compiles it once. One cache belongs to one bound call (a plan), which sessions may share: the
 * entry is immutable and swapped whole, and RE2/J patterns are safe to share between threads.
 */
final class RegexPatternCache {
  private record Entry(String pattern, String flags, Pattern compiled) {}

  private final boolean rowset;
  private volatile Entry last;

  /** {@code rowset}: for REGEXP_MATCHES and REGEXP_SPLIT_TO_TABLE, whose pattern errors have their own states. */
  RegexPatternCache(boolean rowset) {
    this.rowset = rowset;
  }

  /** The compiled pattern under these flags (19300–19309 for a bad pattern, 19302/19303 for bad flags). */
  Pattern get(String pattern, String flags) {
    Entry e = last;
    if (e != null && e.pattern.equals(pattern) && e.flags.equals(flags)) {
      return e.compiled;
    }
    Pattern compiled = RegexCompiler.compile(pattern, RegexFlags.parse(flags), rowset);
    last = new Entry(pattern, flags, compiled);
    return compiled;
  }
}
