package dev.quern.engine.expr;

import dev.quern.catalog.value.Collation;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code x [NOT] LIKE pattern [ESCAPE c]} with T-SQL wildcards ({@code % _ [a-z] [^a]}), compared
 * case-insensitively as the default collation (SQL_Latin1_General_CP1_CI_AS) does, or under the
 * collation operand and pattern resolve to: case-sensitive for a CS or binary one, ignoring accents
 * for an AI one.
 */
public final class LikePredicate extends Predicate {
  private final BoundExpr operand;
  private final BoundExpr pattern;
  private final BoundExpr escape;
  private final boolean not;
  private final Collation collation;
  // The last pattern compiled: a constant pattern is translated once, not per row.
  private String lastPattern;
  private String lastEscape;
  private Pattern compiled;

  public LikePredicate(BoundExpr operand, BoundExpr pattern, BoundExpr escape, boolean not) {
    this.operand = operand;
    this.pattern = pattern;
    this.escape = escape;
    this.not = not;
    this.collation = ExprCollations.forComparison(operand, pattern, "like");
  }

  /** The value matched. */
  public BoundExpr operand() {
    return operand;
  }

  /** The pattern it is matched against. */
  public BoundExpr pattern() {
    return pattern;
  }

  /** Whether this is NOT LIKE. */
  public boolean not() {
    return not;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = operand.eval(ctx);
    Object p = pattern.eval(ctx);
    Object e = escape == null ? null : escape.eval(ctx);
    if (v == null || p == null || (escape != null && e == null)) {
      return null;
    }
    Pattern re = compile(accentless(p.toString()), e == null ? null : e.toString());
    return re.matcher(accentless(v.toString())).matches() != not;
  }

  /** Under an accent-insensitive collation, both sides lose their accents before matching. */
  private String accentless(String s) {
    if (collation == null || collation.accentSensitive()) {
      return s;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
  }

  private Pattern compile(String p, String esc) {
    if (compiled == null || !p.equals(lastPattern) || !java.util.Objects.equals(esc, lastEscape)) {
      boolean ignoreCase = collation == null || !collation.caseSensitive();
      int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
      compiled = Pattern.compile(toRegex(p, esc), flags);
      lastPattern = p;
      lastEscape = esc;
    }
    return compiled;
  }

  /** Translates a LIKE pattern into a Java regular expression. */
  public static String toRegex(String p, String esc) {
    char escChar = esc == null || esc.isEmpty() ? '\0' : esc.charAt(0);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (escChar != '\0' && c == escChar && i + 1 < p.length()) {
        sb.append(Pattern.quote(String.valueOf(p.charAt(++i))));
      } else if (c == '%') {
        sb.append(".*");
      } else if (c == '_') {
        sb.append('.');
      } else if (c == '[') {
        int close = p.indexOf(']', i + 2);
        if (close < 0) {
          sb.append("\\[");
          continue;
        }
        String set = p.substring(i + 1, close);
        sb.append('[');
        int start = 0;
        if (set.startsWith("^")) {
          sb.append('^');
          start = 1;
        }
        for (int k = start; k < set.length(); k++) {
          char s = set.charAt(k);
          sb.append(s == '-' ? "-" : Pattern.quote(String.valueOf(s)).replace("\\Q", "").replace("\\E", "").replaceAll("([\\\\\\[\\]^&])", "\\\\$1"));
        }
        sb.append(']');
        i = close;
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  @Override
  public String toSql() {
    return operand.toSql()
        + (not ? " NOT LIKE " : " LIKE ")
        + pattern.toSql()
        + (escape == null ? "" : " ESCAPE " + escape.toSql());
  }

  @Override
  public boolean isConstant() {
    return operand.isConstant() && pattern.isConstant() && (escape == null || escape.isConstant());
  }

  @Override
  public List<BoundExpr> operands() {
    return escape == null ? List.of(operand, pattern) : List.of(operand, pattern, escape);
  }
}
