package dev.quern.engine.func;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;

/**
 * Compiles a REGEXP_* pattern with RE2/J, the Java port of RE2 (the library SQL Server 2025 uses),
 * so the syntax is RE2's and matching is linear in the text: no pattern can backtrack forever.
 * RE2/J speaks Go's dialect of RE2; where the two differ SQL Server's (C++ RE2's) answer is kept:
 * its error texts, its limit on nested repetition, and its refusal of {@code (?<name>…)}.
 */
final class RegexCompiler {
  /**
   * The largest compiled program accepted. C++ RE2 refuses patterns whose program outgrows its
   * memory budget ("pattern too large - compile failed"); this is about the same size, and bounds
   * both memory and the work matching does per character.
   */
  static final int MAX_PROGRAM = 350_000;

  /** Go's wording of RE2/J's diagnostics → C++ RE2's, which SQL Server quotes in 19300. */
  private static final Map<String, String> RE2_WORDING = Map.of(
      "invalid or unsupported Perl syntax", "invalid perl operator",
      "invalid repeat count", "invalid repetition size",
      "missing argument to repetition operator", "no argument for repetition operator",
      "invalid nested repetition operator", "bad repetition operator",
      "invalid named capture", "invalid named capture group");

  private RegexCompiler() {}

  static Pattern compile(String pattern, int flags, boolean rowset) {
    String tooDeep = RepetitionBudget.exceeded(pattern);
    if (tooDeep != null) {
      // Checked before compiling: RE2/J would expand ((a{1000}){1000}){1000} and run out of memory.
      throw RegexErrors.invalidPattern(pattern, "invalid repetition size: " + tooDeep, rowset);
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern, flags);
    } catch (PatternSyntaxException e) {
      throw translate(pattern, e, rowset);
    }
    if (compiled.programSize() > MAX_PROGRAM) {
      throw RegexErrors.invalidPattern(pattern, "pattern too large - compile failed", rowset);
    }
    for (String name : compiled.namedGroups().keySet()) {
      if (!pattern.contains("(?P<" + name + ">")) {
        throw RegexErrors.invalidPattern(pattern, "invalid perl operator: (?<", rowset); // RE2 knows only (?P<name>
      }
    }
    return compiled;
  }

  private static RuntimeException translate(String pattern, PatternSyntaxException e, boolean rowset) {
    String description = e.getDescription();
    return switch (description) {
      case "missing closing )" -> RegexErrors.missing(')', pattern, rowset);
      case "missing closing ]" -> RegexErrors.missing(']', pattern, rowset);
      case "unexpected )", "regexp/syntax: internal error" -> RegexErrors.unexpectedParen(pattern, rowset);
      case "trailing backslash at end of expression" -> RegexErrors.trailingBackslash(pattern, rowset);
      default -> RegexErrors.invalidPattern(
          pattern, RE2_WORDING.getOrDefault(description, description) + ": " + e.getPattern(), rowset);
    };
  }
}
