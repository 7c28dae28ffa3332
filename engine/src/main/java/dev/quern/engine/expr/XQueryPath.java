package dev.quern.engine.expr;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.XQueryErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of XQuery the xml methods take, checked and rewritten to the XPath 1.0 text the JDK
 * evaluates ({@link XmlPaths}): path expressions ({@code /}, {@code //}, {@code .}, {@code ..},
 * names, {@code *}, {@code @attr}, {@code text()}, {@code node()}, the axes child, descendant,
 * descendant-or-self, self, parent and attribute), predicates with comparisons ({@code = != < <= >
 * >=} and XQuery's {@code eq ne lt le gt ge}), {@code and}/{@code or}, {@code +}/{@code -},
 * positions and {@code last()}, unions ({@code |}), string and number literals, the functions both
 * languages share, {@code data()}, and {@code sql:variable()} / {@code sql:column()}. Where XQuery
 * and XPath 1.0 agree on these the answer is SQL Server's; what lies outside is an error (SQL
 * Server's static XQuery error where the text is wrong XQuery, 40517 where it is XQuery this
 * subset does not take), never a different answer.
 *
 * @param xpath the XPath 1.0 text to evaluate
 * @param data the whole expression was {@code data(…)}: its atomized values, space-separated
 * @param attributes its result is attribute nodes (a last step on the attribute axis)
 * @param externals what {@code sql:variable("@v")} and {@code sql:column("t.c")} name, in the
 *     order of the XPath variables {@code $q0}, {@code $q1}, … written for them
 * @param local the expression reads nothing outside its context node's subtree (no absolute
 *     path, no {@code ..} or parent axis), so it may run on a copy of that subtree alone
 * @param namespaces the prefixes the XPath text uses ({@link XQueryNamespaces#DEFAULT_PREFIX} for
 *     the default element namespace's names)
 * @param hexBinary the whole expression is {@code xs:hexBinary(…)}: its string is hex digits, the
 *     value the bytes they spell (value() then converts bytes, not characters, to its type)
 */
public record XQueryPath(
    String xpath, boolean data, boolean attributes, List<External> externals, boolean local, XQueryNamespaces namespaces,
    boolean hexBinary) {
  public XQueryPath {
    externals = List.copyOf(externals);
  }

  /** A T-SQL value the path reads: a variable ({@code @v}) or a column ({@code t.c}). */
  public record External(boolean column, String name) {}

  /** Functions XPath 1.0 evaluates as SQL Server's XQuery does. */
  private static final Set<String> SHARED_FUNCTIONS = Set.of(
      "string", "number", "count", "sum", "ceiling", "floor", "round", "concat", "contains", "substring",
      "string-length", "local-name", "namespace-uri", "last", "position", "not", "true", "false");

  /** SQL Server's other XQuery functions: real XQuery, outside this subset. */
  private static final Set<String> OTHER_SQL_SERVER_FUNCTIONS = Set.of(
      "avg", "min", "max", "lower-case", "upper-case", "empty", "distinct-values", "id", "expanded-QName",
      "local-name-from-QName", "namespace-uri-from-QName");

  private static final Set<String> AXES =
      Set.of("child", "descendant", "descendant-or-self", "self", "parent", "attribute");

  /** Axes XQuery has and SQL Server refuses (9335); any other word before {@code ::} is no axis (2392). */
  private static final Set<String> REFUSED_AXES = Set.of(
      "ancestor", "ancestor-or-self", "following", "following-sibling", "preceding", "preceding-sibling");

  /** Functions whose value is a number: an ordering comparison with one is numeric in both languages. */
  private static final Set<String> NUMERIC_FUNCTIONS = Set.of(
      "count", "sum", "number", "position", "last", "string-length", "ceiling", "floor", "round");

  private static final Map<String, String> VALUE_COMPARISONS =
      Map.of("eq", "=", "ne", "!=", "lt", "<", "le", "<=", "gt", ">", "ge", ">=");

  private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");

  /** Checks {@code text}, the argument of {@code method} (value, query, exist or nodes), and rewrites it. */
  public static XQueryPath compile(String text, String method) {
    return compile(text, method, XQueryNamespaces.NONE);
  }

  /**
   * Checks and rewrites {@code text}, its prolog's namespace declarations over {@code inherited}
   * (the statement's WITH XMLNAMESPACES). A prefix declared in neither is 2229.
   */
  public static XQueryPath compile(String text, String method, XQueryNamespaces inherited) {
    if (text.isBlank()) {
      throw XQueryErrors.EMPTY_EXPRESSION.raise();
    }
    XQueryNamespaces.Prolog prolog = XQueryNamespaces.prolog(text, method, inherited);
    String body = text.substring(prolog.bodyStart());
    if (body.isBlank()) {
      throw XQueryErrors.SYNTAX_NEAR.raise(method, "<eof>");
    }
    return new Compiler(Lexer.tokens(body, method), method, prolog.namespaces()).compile();
  }

  private enum Kind { NAME, NUMBER, STRING, SYMBOL, END }

  private record Token(Kind kind, String text) {
    boolean is(String s) {
      return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(s);
    }
  }

  /** Splits the text into XQuery's tokens. */
  private static final class Lexer {
    private static List<Token> tokens(String s, String method) {
      List<Token> out = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '\'' || c == '"') {
          StringBuilder value = new StringBuilder();
          int j = i + 1;
          while (true) {
            if (j >= s.length()) {
              throw XQueryErrors.SYNTAX_NEAR.raise(method, s.substring(i));
            }
            if (s.charAt(j) == c) {
              if (j + 1 < s.length() && s.charAt(j + 1) == c) { // a doubled quote stands for one
                value.append(c);
                j += 2;
                continue;
              }
              break;
            }
            value.append(s.charAt(j++));
          }
          out.add(new Token(Kind.STRING, value.toString()));
          i = j + 1;
        } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
          int j = i;
          while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
          }
          out.add(new Token(Kind.NUMBER, s.substring(i, j)));
          i = j;
        } else if (Character.isLetter(c) || c == '_') {
          int j = i + 1;
          while (j < s.length() && isNameChar(s.charAt(j), s, j)) {
            j++;
          }
          out.add(new Token(Kind.NAME, s.substring(i, j)));
          i = j;
        } else {
          String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
          String symbol = switch (two) {
            case "..", "//", "::", "!=", "<=", ">=" -> two;
            default -> String.valueOf(c);
          };
          if ("./@()[],=<>+-*|$:{}".indexOf(c) < 0 && symbol.length() == 1) {
            throw XQueryErrors.SYNTAX_NEAR.raise(method, symbol);
          }
          out.add(new Token(Kind.SYMBOL, symbol));
          i += symbol.length();
        }
      }
      out.add(new Token(Kind.END, "<EOF>"));
      return out;
    }

    /** A name goes on through letters, digits, {@code . - _} and one prefix colon (not {@code ::}). */
    private static boolean isNameChar(char c, String s, int at) {
      if (c == ':') {
        return at + 1 < s.length() && s.charAt(at + 1) != ':' && at > 0 && s.charAt(at - 1) != ':'
            && Character.isLetter(s.charAt(at + 1));
      }
      return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }
  }

  /** Recursive descent over the subset's grammar, writing the XPath text as it goes. */
  private static final class Compiler {
    private final List<Token> tokens;
    private final String method;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int depth; // inside a predicate or a function's arguments
    private boolean lastStepAttribute;
    private boolean leavesContext;
    private final List<External> externals = new ArrayList<>();
    private final XQueryNamespaces namespaces;

    Compiler(List<Token> tokens, String method, XQueryNamespaces namespaces) {
      this.tokens = tokens;
      this.method = method;
      this.namespaces = namespaces;
    }

    XQueryPath compile() {
      boolean data = false;
      boolean hexBinary = false;
      if (peek().is("data") && peek(1).is("(") && closesAtEnd()) {
        pos += 2;
        data = true;
        expr();
        expect(")");
      } else if (peek().is("xs:hexBinary") && peek(1).is("(") && closesAtEnd()) {
        // The xs:hexBinary constructor around the whole expression (SQL Agent's job ids are read
        // so): the XPath yields the hex string, decoded when value() converts it.
        pos += 2;
        hexBinary = true;
        out.append("string(");
        expr();
        expect(")");
        out.append(')');
      } else {
        expr();
      }
      if (peek().kind() != Kind.END) {
        throw XQueryErrors.NO_MORE_TOKENS.raise(method, peek().text());
      }
      return new XQueryPath(
          out.toString(), data, !data && !hexBinary && lastStepAttribute, externals, !leavesContext, namespaces, hexBinary);
    }

    /** Whether the parenthesis after {@code data} is the one the text ends with. */
    private boolean closesAtEnd() {
      int level = 0;
      for (int i = pos + 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.is("(")) {
          level++;
        } else if (t.is(")") && --level == 0) {
          return tokens.get(i + 1).kind() == Kind.END;
        }
      }
      return false;
    }

    private void expr() {
      andExpr();
      while (peek().is("or")) {
        pos++;
        out.append(" or ");
        andExpr();
      }
    }

    private void andExpr() {
      comparison();
      while (peek().is("and")) {
        pos++;
        out.append(" and ");
        comparison();
      }
    }

    /**
     * A comparison. An ordering one ({@code < <= > >=}) must have a number on one side: XPath 1.0
     * orders anything else as numbers, where SQL Server orders untyped text and strings by code point.
     */
    private void comparison() {
      int leftStart = pos;
      additive();
      Token t = peek();
      String op = t.kind() == Kind.SYMBOL && COMPARISONS.contains(t.text()) ? t.text()
          : t.kind() == Kind.NAME ? VALUE_COMPARISONS.get(t.text()) : null;
      if (op != null) {
        int rightStart = ++pos;
        out.append(' ').append(op).append(' ');
        additive();
        boolean ordering = !op.equals("=") && !op.equals("!=");
        if (ordering && !numeric(leftStart) && !numeric(rightStart)) {
          throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery ordering comparisons of text");
        }
      }
    }

    /** Whether the operand starting at token {@code at} is a number: a literal, a numeric function, a T-SQL value. */
    private boolean numeric(int at) {
      Token t = tokens.get(at).is("-") ? tokens.get(at + 1) : tokens.get(at);
      if (t.kind() == Kind.NUMBER) {
        return true;
      }
      String name = t.text().startsWith("fn:") ? t.text().substring(3) : t.text();
      return t.kind() == Kind.NAME && tokens.get(Math.min(at + 1, tokens.size() - 1)).is("(")
          && (NUMERIC_FUNCTIONS.contains(name) || name.startsWith("sql:"));
    }

    private void additive() {
      union();
      while (peek().is("+") || peek().is("-")) {
        out.append(' ').append(next().text()).append(' ');
        union();
      }
      if (peek().is("*") || peek().is("div") || peek().is("mod") || peek().is("idiv")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery multiplication and division");
      }
    }

    private void union() {
      if (peek().is("-")) {
        pos++;
        out.append('-');
      }
      path();
      if (peek().is("|")) {
        throw XQueryErrors.NOT_SUPPORTED.raise(method, "union");
      }
    }

    /** A location path, or a primary (literal, parenthesized, function call) with predicates and steps after it. */
    private void path() {
      Token t = peek();
      if (t.is("/")) {
        pos++;
        leavesContext = true;
        out.append('/');
        if (startsStep(peek())) {
          relativePath();
        }
        return;
      }
      if (t.is("//")) {
        pos++;
        leavesContext = true;
        out.append("//");
        relativePath();
        return;
      }
      if (t.kind() == Kind.STRING) {
        pos++;
        literal(t.text());
        return;
      }
      if (t.kind() == Kind.NUMBER) {
        pos++;
        out.append(t.text());
        return;
      }
      if (t.is("(")) {
        pos++;
        out.append('(');
        expr();
        if (peek().is(",")) {
          throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery sequence expressions");
        }
        expect(")");
        out.append(')');
        predicates();
        stepsAfter();
        return;
      }
      if (t.kind() == Kind.NAME && peek(1).is("(") && !isNodeTest(t.text())) {
        functionCall();
        predicates();
        stepsAfter();
        return;
      }
      refuseOutsideSubset(t);
      if (!startsStep(t)) {
        throw XQueryErrors.SYNTAX_NEAR.raise(method, t.text());
      }
      relativePath();
    }

    private void stepsAfter() {
      while (peek().is("/") || peek().is("//")) {
        out.append(next().text());
        step();
      }
    }

    private void relativePath() {
      step();
      stepsAfter();
    }

    private boolean startsStep(Token t) {
      return t.is(".") || t.is("..") || t.is("@") || t.is("*") || t.kind() == Kind.NAME;
    }

    private static boolean isNodeTest(String name) {
      return name.equals("text") || name.equals("node") || name.equals("comment")
          || name.equals("processing-instruction");
    }

    private void step() {
      Token t = next();
      boolean attribute = false;
      if (t.is(".") || t.is("..")) {
        leavesContext |= t.is("..");
        if (peek().is("[")) { // XPath 1.0 takes no predicate on the abbreviated steps
          out.append(t.is(".") ? "self::node()" : "parent::node()");
        } else {
          out.append(t.text());
        }
      } else if (t.is("@")) {
        out.append('@');
        nameTest(true);
        attribute = true;
      } else if (t.kind() == Kind.NAME && peek().is("::")) {
        if (REFUSED_AXES.contains(t.text())) {
          throw XQueryErrors.NOT_SUPPORTED.raise(method, t.text() + "::");
        }
        if (!AXES.contains(t.text())) {
          throw XQueryErrors.NOT_AN_AXIS.raise(method, t.text());
        }
        pos++;
        leavesContext |= t.text().equals("parent");
        out.append(t.text()).append("::");
        attribute = t.text().equals("attribute");
        nameTest(attribute);
      } else {
        pos--;
        nameTest(false);
      }
      if (depth == 0) {
        lastStepAttribute = attribute;
      }
      predicates();
    }

    /** A name test; an unprefixed element name is in the default element namespace, an attribute's never. */
    private void nameTest(boolean attribute) {
      Token t = next();
      if (t.is("*")) {
        out.append('*');
        if (peek().is(":") && peek(1).kind() == Kind.NAME && peek(1).text().indexOf(':') < 0) {
          pos++; // *:name, the name in any namespace: XPath 1.0 says it as a test of the local name
          out.append("[local-name() = \"").append(next().text()).append("\"]");
        }
        return;
      }
      if (t.kind() != Kind.NAME) {
        throw XQueryErrors.SYNTAX_NEAR.raise(method, t.text());
      }
      if (peek().is(":") && peek(1).is("*")) { // p:*, any name in p's namespace
        declared(t.text());
        pos += 2;
        out.append(t.text()).append(":*");
        return;
      }
      if (isNodeTest(t.text()) && peek().is("(")) {
        pos++;
        expect(")");
        out.append(t.text()).append("()");
        return;
      }
      int colon = t.text().indexOf(':');
      if (colon > 0) {
        declared(t.text().substring(0, colon));
      }
      if (colon < 0 && !attribute && namespaces.defaultElement() != null) {
        out.append(XQueryNamespaces.DEFAULT_PREFIX).append(':');
      }
      out.append(t.text());
    }

    /** A prefix neither the prolog nor WITH XMLNAMESPACES declares is 2229. */
    private void declared(String prefix) {
      if (namespaces.uri(prefix) == null) {
        throw XQueryErrors.NOT_A_NAMESPACE.raise(method, prefix);
      }
    }

    private void predicates() {
      while (peek().is("[")) {
        pos++;
        out.append('[');
        depth++;
        expr();
        depth--;
        expect("]");
        out.append(']');
      }
    }

    private void functionCall() {
      String name = next().text();
      if (name.startsWith("fn:")) {
        name = name.substring(3);
      }
      pos++; // (
      if (name.equals("sql:variable") || name.equals("sql:column")) {
        Token named = next();
        if (named.kind() != Kind.STRING) {
          throw XQueryErrors.SYNTAX_NEAR.raise(method, named.text());
        }
        expect(")");
        out.append("$q").append(externals.size());
        externals.add(new External(name.equals("sql:column"), named.text()));
        return;
      }
      boolean data = name.equals("data");
      if (data) {
        out.append('('); // within an expression data() is the node's value, as XPath compares nodes
      } else if (SHARED_FUNCTIONS.contains(name)) {
        out.append(name).append('(');
      } else if (OTHER_SQL_SERVER_FUNCTIONS.contains(name) || name.indexOf(':') > 0) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery function " + name + "()");
      } else {
        throw XQueryErrors.NO_FUNCTION.raise(method, name);
      }
      depth++;
      if (!peek().is(")")) {
        expr();
        while (!data && peek().is(",")) {
          pos++;
          out.append(", ");
          expr();
        }
      }
      depth--;
      expect(")");
      out.append(')');
    }

    /** XQuery this subset does not take: variables, FLWOR, conditionals, constructors. */
    private void refuseOutsideSubset(Token t) {
      boolean binds =
          t.kind() == Kind.NAME && peek(1).is("$") && Set.of("for", "let", "some", "every").contains(t.text());
      if (t.is("$") || binds) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery variables and FLWOR expressions");
      }
      if (t.is("if") && peek(1).is("(")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery conditional expressions");
      }
      if (t.is("<")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery node constructors");
      }
    }

    private void literal(String s) {
      if (s.indexOf('"') < 0) {
        out.append('"').append(s).append('"');
      } else if (s.indexOf('\'') < 0) {
        out.append('\'').append(s).append('\'');
      } else {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery string literals holding both quote characters");
      }
    }

    private void expect(String symbol) {
      Token t = next();
      if (!t.is(symbol)) {
        throw XQueryErrors.SYNTAX_NEAR.raise(method, t.text());
      }
    }

    private Token peek() {
      return peek(0);
    }

    private Token peek(int ahead) {
      return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
      Token t = peek();
      if (pos < tokens.size() - 1) {
        pos++;
      }
      return t;
    }
  }
}
