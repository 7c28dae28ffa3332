package dev.quern.engine.parser;

import dev.quern.engine.ast.AtTimeZoneExpr;
import dev.quern.engine.ast.BetweenExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.ExistsExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.ast.LikeExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.NotExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.QuantifiedExpr;
import dev.quern.engine.ast.SubqueryExpr;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.ast.WindowFrame;
import dev.quern.engine.ast.WindowFrame.Bound;
import dev.quern.engine.ast.WindowFrame.Kind;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses expressions with SQL Server's operator precedence ("Operator Precedence
 * (Transact-SQL)"): {@code ~}; {@code * / %}; unary {@code + -}, {@code + - & ^ |}; comparisons;
 * {@code NOT}; {@code AND}; {@code OR}. BETWEEN, IN, LIKE and IS NULL bind as predicates; COLLATE
 * and AT TIME ZONE are postfix operators on a primary.
 */
public final class ExpressionParser {
  private static final Set<String> COMPARISONS =
      Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "!<", "!>");

  /** Reserved words that may still be called as functions. */
  private static final Set<String> RESERVED_FUNCTIONS =
      Set.of("LEFT", "RIGHT", "COALESCE", "NULLIF", "USER", "CURRENT_USER", "SESSION_USER",
          "SYSTEM_USER", "CURRENT_TIMESTAMP");

  /** Functions written without parentheses. */
  private static final Set<String> NILADIC =
      Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER", "USER");

  /** The xml data type's methods, called after a value with a dot. */
  private static final Set<String> XML_METHODS = Set.of("VALUE", "QUERY", "EXIST", "NODES", "MODIFY");

  private final TokenStream in;
  private dev.quern.engine.ast.XmlNamespaces xmlNamespaces;
  private SelectParser selectParser;
  private final NamedWindows windows;

  public ExpressionParser(TokenStream in) {
    this.in = in;
    this.windows = new NamedWindows(in, this);
  }

  /** The named windows of the SELECT blocks being parsed. */
  NamedWindows windows() {
    return windows;
  }

  void setSelectParser(SelectParser selectParser) {
    this.selectParser = selectParser;
  }

  public Expr parse() {
    return or();
  }

  /** An operand of a comparison (no AND, OR or predicate): BETWEEN's bounds, FOR SYSTEM_TIME's times. */
  Expr operand() {
    return additive();
  }

  /** Can the current token start an expression? (Decides optional operands like RETURN's.) */
  public boolean startsExpression() {
    Token t = in.peek();
    return switch (t.type()) {
      case EOF -> false;
      case WORD ->
          !t.isReserved()
              || t.is("NULL")
              || t.is("CASE")
              || t.is("CONVERT")
              || t.is("TRY_CONVERT")
              || t.is("NOT")
              || t.is("EXISTS")
              || RESERVED_FUNCTIONS.contains(t.upper());
      case SYMBOL -> t.isSymbol("(") || t.isSymbol("-") || t.isSymbol("+") || t.isSymbol("~");
      default -> true;
    };
  }

  private Expr or() {
    Expr left = and();
    while (in.accept("OR")) {
      left = new LogicalExpr(false, left, and());
    }
    return left;
  }

  private Expr and() {
    Expr left = not();
    while (in.accept("AND")) {
      left = new LogicalExpr(true, left, not());
    }
    return left;
  }

  private Expr not() {
    if (in.accept("NOT")) {
      return new NotExpr(not());
    }
    return predicate();
  }

  private Expr predicate() {
    Expr left = additive();
    Token t = in.peek();
    if (t.type() == TokenType.SYMBOL && COMPARISONS.contains(t.value())) {
      in.next();
      if ((in.at("ALL") || in.at("ANY") || in.at("SOME")) && in.peek(1).isSymbol("(")) {
        boolean all = in.next().is("ALL");
        in.expectSymbol("(");
        var query = selectParser.query();
        in.expectSymbol(")");
        return new QuantifiedExpr(t.value(), all, left, query, false, false);
      }
      return new ComparisonExpr(t.value(), left, additive());
    }
    if (in.accept("IS")) {
      boolean not = in.accept("NOT");
      if (in.accept("DISTINCT")) {
        in.expect("FROM");
        String op = not ? ComparisonPredicate.NOT_DISTINCT : ComparisonPredicate.DISTINCT;
        return new ComparisonExpr(op, left, additive());
      }
      in.expect("NULL");
      return new IsNullExpr(left, not);
    }
    boolean not = false;
    if (in.at("NOT")
        && (in.peek(1).is("BETWEEN") || in.peek(1).is("IN") || in.peek(1).is("LIKE"))) {
      in.next();
      not = true;
    }
    if (in.accept("BETWEEN")) {
      Expr low = additive();
      in.expect("AND");
      return new BetweenExpr(left, low, additive(), not);
    }
    if (in.accept("IN")) {
      in.expectSymbol("(");
      if (in.at("SELECT")) {
        var query = selectParser.query();
        in.expectSymbol(")");
        return new QuantifiedExpr("=", false, left, query, true, not);
      }
      List<Expr> items = list();
      in.expectSymbol(")");
      return new InListExpr(left, items, not);
    }
    if (in.accept("LIKE")) {
      Expr pattern = additive();
      Expr escape = in.accept("ESCAPE") ? additive() : null;
      return new LikeExpr(left, pattern, escape, not);
    }
    if (not) {
      throw in.unexpected();
    }
    return left;
  }

  private Expr additive() {
    Expr left = multiplicative();
    while (true) {
      Token t = in.peek();
      if (t.isSymbol("+") || t.isSymbol("-") || t.isSymbol("&") || t.isSymbol("^")
          || t.isSymbol("|")) {
        in.next();
        left = new BinaryExpr(t.value().charAt(0), left, multiplicative());
      } else if (t.isSymbol("||")) { // SQL Server 2025's ANSI concatenation, at +'s level
        in.next();
        left = new BinaryExpr(BinaryExpr.PIPES, left, multiplicative());
      } else if (t.isSymbol("<<") || t.isSymbol(">>")) {
        // SQL Server 2022's shift operators share this level and are its functions' other spelling.
        in.next();
        String function = t.isSymbol("<<") ? "LEFT_SHIFT" : "RIGHT_SHIFT";
        left = FunctionCall.of(function, List.of(left, multiplicative()));
      } else {
        return left;
      }
    }
  }

  private Expr multiplicative() {
    Expr left = unary();
    while (true) {
      Token t = in.peek();
      if (t.isSymbol("*") || t.isSymbol("/") || t.isSymbol("%")) {
        in.next();
        left = new BinaryExpr(t.value().charAt(0), left, unary());
      } else {
        return left;
      }
    }
  }

  /** Unary operators, the tightest binding level. */
  public Expr unary() {
    Token t = in.peek();
    if (t.isSymbol("-") || t.isSymbol("+") || t.isSymbol("~")) {
      in.next();
      return new UnaryExpr(t.value().charAt(0), unary());
    }
    return atTimeZone(Collations.collate(primary(), in));
  }

  /**
   * {@code x AT TIME ZONE zone}, a postfix operator as tight as COLLATE: its zone is a primary, so
   * {@code d AT TIME ZONE 'UTC' AT TIME ZONE 'Tokyo Standard Time'} chains left to right and
   * {@code d AT TIME ZONE 'UT' + 'C'} adds to the result, as SQL Server parses them. AT alone (an
   * alias) is not the operator.
   */
  private Expr atTimeZone(Expr operand) {
    Expr e = operand;
    while (in.at("AT") && in.peek(1).is("TIME") && in.peek(2).is("ZONE")) {
      in.next();
      in.next();
      in.next();
      e = new AtTimeZoneExpr(e, Collations.collate(primary(), in));
    }
    return e;
  }

  private Expr primary() {
    Token t = in.peek();
    switch (t.type()) {
      case NUMBER:
        in.next();
        return new Literal(Literal.Kind.NUMBER, t.raw());
      case FLOAT:
        in.next();
        return new Literal(Literal.Kind.FLOAT, t.raw());
      case MONEY:
        in.next();
        return new Literal(Literal.Kind.MONEY, t.raw());
      case BINARY:
        in.next();
        return new Literal(Literal.Kind.BINARY, t.raw());
      case STRING:
        in.next();
        return new Literal(Literal.Kind.STRING, t.value());
      case NSTRING:
        in.next();
        return new Literal(Literal.Kind.NSTRING, t.value());
      case VARIABLE:
        in.next();
        return methodCalls(new VariableRef(t.value()));
      case SYSTEM_VARIABLE:
        in.next();
        return new FunctionCall(t.value().toUpperCase(Locale.ROOT), List.of(), false, false, false);
      case SYMBOL:
        if (t.isSymbol("(")) {
          return parenthesized();
        }
        throw in.unexpected();
      case WORD:
      case QUOTED_IDENT:
        return word(t);
      default:
        throw in.unexpected();
    }
  }

  private Expr parenthesized() {
    in.next();
    if (in.at("SELECT")) {
      var query = selectParser.query();
      var forClause = selectParser.forClause();
      in.expectSymbol(")");
      return methodCalls(new SubqueryExpr(query, forClause));
    }
    Expr inner = parse();
    in.expectSymbol(")");
    return methodCalls(new ParenExpr(inner));
  }

  /**
   * {@code .method(…)} after a variable, a function call, a conversion or a parenthesized
   * expression, as often as written ({@code @h.GetAncestor(1).ToString()}): data type method calls
   * (xml's value(), query(), exist(); hierarchyid's), bound by the target's type, which refuses a
   * type that has no methods (258) or no such method.
   */
  private Expr methodCalls(Expr target) {
    while (in.atSymbol(".") && in.peek(1).type() == TokenType.WORD) {
      in.next();
      String method = in.next().value();
      target = in.atSymbol("(")
          ? new dev.quern.engine.ast.MethodCall(target, method, callArguments(), false, xmlNamespaces)
          // A CLR type's property, read without parentheses: @g.STX, geometry::Point(1, 2, 0).STSrid.
          : new dev.quern.engine.ast.PropertyRef(target, method);
    }
    return target;
  }

  /** {@code (arguments)} of a method call. */
  private List<Expr> callArguments() {
    in.expectSymbol("(");
    List<Expr> args = in.atSymbol(")") ? List.of() : arguments();
    in.expectSymbol(")");
    return args;
  }

  /** The namespaces of the statement's WITH XMLNAMESPACES being parsed, or null. */
  dev.quern.engine.ast.XmlNamespaces xmlNamespaces() {
    return xmlNamespaces;
  }

  /** Parses {@code body} with {@code namespaces} in scope for the xml methods and FOR XML in it. */
  <T> T withXmlNamespaces(dev.quern.engine.ast.XmlNamespaces namespaces, java.util.function.Supplier<T> body) {
    var outer = xmlNamespaces;
    xmlNamespaces = namespaces;
    try {
      return body.get();
    } finally {
      xmlNamespaces = outer;
    }
  }

  /**
   * The rest of {@code SET @x.modify(…)} or of an UPDATE's {@code SET col.modify(…)} after its
   * target and method name, the input at the parenthesis: the method call as the statement's whole mutator (any method name
   * parses here, so that a non-mutator one is refused by name when bound).
   */
  dev.quern.engine.ast.MethodCall mutatorCall(Expr target, String method) {
    if (in.atSymbol("=")) {
      // SET @g.STSrid = 4326: a CLR property assigned, as the mutator of one argument (bound by the target's type).
      in.next();
      return new dev.quern.engine.ast.MethodCall(target, method, List.of(parse()), true, xmlNamespaces);
    }
    return new dev.quern.engine.ast.MethodCall(target, method, callArguments(), true, xmlNamespaces);
  }

  private Expr word(Token t) {
    if (t.type() == TokenType.WORD) {
      String upper = t.upper();
      switch (upper) {
        case "NULL" -> {
          in.next();
          return new Literal(Literal.Kind.NULL, "NULL");
        }
        case "CASE" -> {
          return caseExpr();
        }
        case "CAST", "TRY_CAST" -> {
          if (in.peek(1).isSymbol("(")) {
            // CAST(… AS xml).query(…): the xml methods apply to a conversion's result too.
            return methodCalls(cast(upper.startsWith("TRY_")));
          }
        }
        case "CONVERT", "TRY_CONVERT" -> {
          return methodCalls(convert(upper.startsWith("TRY_")));
        }
        case "ISJSON" -> {
          if (in.peek(1).isSymbol("(")) {
            return isJson();
          }
        }
        case "TRIM" -> {
          if (in.peek(1).isSymbol("(")) {
            return trim();
          }
        }
        case "PARSE", "TRY_PARSE" -> {
          if (in.peek(1).isSymbol("(")) {
            return parseCall(upper);
          }
        }
        case "JSON_OBJECT", "JSON_ARRAY" -> {
          if (in.peek(1).isSymbol("(")) {
            in.next();
            return new JsonConstructorParser(in, this).parse(upper.equals("JSON_OBJECT"));
          }
        }
        case "JSON_OBJECTAGG", "JSON_ARRAYAGG" -> {
          if (in.peek(1).isSymbol("(")) {
            in.next();
            return new JsonConstructorParser(in, this).aggregate(upper.equals("JSON_OBJECTAGG"), selectParser);
          }
        }
        case "NEXT" -> {
          if (in.peek(1).is("VALUE") && in.peek(2).is("FOR")) {
            in.next();
            in.next();
            in.next();
            var next = new dev.quern.engine.ast.NextValueExpr(NameParser.objectName(in));
            if (!in.accept("OVER")) {
              return next;
            }
            // NEXT VALUE FOR s OVER (ORDER BY …): a window function handing out values in that order.
            return window(new FunctionCall(next.toSql(), List.of(next), false, false, false), List.of());
          }
        }
        case "IDENTITY" -> {
          if (in.peek(1).isSymbol("(")) {
            return identityFunction();
          }
        }
        case "CONTAINS", "FREETEXT" -> {
          if (in.peek(1).isSymbol("(")) {
            in.next();
            return FullTextPredicateParser.parse(in, this, upper);
          }
        }
        case "EXISTS" -> {
          in.next();
          in.expectSymbol("(");
          var query = selectParser.query();
          in.expectSymbol(")");
          return new ExistsExpr(query);
        }
        default -> {}
      }
      if (NILADIC.contains(upper) && !in.peek(1).isSymbol("(")) {
        in.next();
        return new FunctionCall(upper, List.of(), false, false, false);
      }
      // UPDATE(column): a trigger's test of the columns its statement assigned.
      boolean updateTest = upper.equals("UPDATE") && in.peek(1).isSymbol("(");
      if (t.isReserved() && !RESERVED_FUNCTIONS.contains(upper) && !updateTest) {
        throw in.unexpected();
      }
    }
    List<String> parts = new ArrayList<>();
    parts.add(in.next().value());
    if (in.atSymbol("::") && in.peek(1).isIdentifier() && in.peek(2).isSymbol("(")) {
      // type::method(…): a static method of a CLR type, hierarchyid::GetRoot(), hierarchyid::Parse(s).
      in.next();
      String method = in.next().value();
      return methodCalls(new dev.quern.engine.ast.StaticMethodCall(parts.getFirst(), method, callArguments()));
    }
    if (in.atSymbol("::") && in.peek(1).type() == TokenType.WORD) {
      // type::Property: a static property of a CLR type, geometry::Null; bound as the member of no arguments.
      in.next();
      return methodCalls(new dev.quern.engine.ast.StaticMethodCall(parts.getFirst(), in.next().value(), List.of()));
    }
    while (in.atSymbol(".") && in.peek(1).isIdentifier()) {
      in.next();
      parts.add(in.next().value());
    }
    if (in.atSymbol("(")) {
      if (xmlNamespaces != null && parts.size() > 1 && XML_METHODS.contains(parts.getLast().toUpperCase(Locale.ROOT))) {
        // col.value(…) under WITH XMLNAMESPACES: the call keeps the namespaces (a function after all if col is none)
        return methodCalls(new dev.quern.engine.ast.MethodCall(
            new ColumnRef(List.copyOf(parts.subList(0, parts.size() - 1))), parts.getLast(), callArguments(), false,
            xmlNamespaces));
      }
      // A function's xml result takes the xml methods: EVENTDATA().value(…).
      return methodCalls(call(String.join(".", parts)));
    }
    return new ColumnRef(List.copyOf(parts));
  }

  /**
   * {@code TRIM([LEADING | TRAILING | BOTH] [characters FROM] string)} (SQL Server 2022) as the
   * built-ins take it: TRIM, LTRIM or RTRIM of (string [, characters]).
   */
  private Expr trim() {
    in.next();
    in.expectSymbol("(");
    String function = in.accept("LEADING") ? "LTRIM" : in.accept("TRAILING") ? "RTRIM" : "TRIM";
    if (function.equals("TRIM")) {
      in.accept("BOTH");
    }
    Expr first = parse();
    List<Expr> args = in.accept("FROM") ? List.of(parse(), first) : List.of(first);
    in.expectSymbol(")");
    return new FunctionCall(function, args, false, false, true);
  }

  /** {@code ISJSON(expression [, VALUE | ARRAY | OBJECT | SCALAR])}: the keyword as a string. */
  private Expr isJson() {
    in.next();
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    args.add(parse());
    if (in.acceptSymbol(",")) {
      Token kind = in.next();
      if (!kind.is("VALUE") && !kind.is("ARRAY") && !kind.is("OBJECT") && !kind.is("SCALAR")) {
        throw TokenStream.errorNear(kind);
      }
      args.add(Literal.string(kind.upper()));
    }
    in.expectSymbol(")");
    return new FunctionCall("ISJSON", List.copyOf(args), false, false, true);
  }

  private Expr call(String name) {
    in.expectSymbol("(");
    if (in.acceptSymbol("*")) {
      in.expectSymbol(")");
      return over(new FunctionCall(name, List.of(), false, true, true));
    }
    boolean distinct = in.accept("DISTINCT");
    if (!distinct) {
      in.accept("ALL");
    }
    List<Expr> args = in.atSymbol(")") ? List.of() : arguments();
    in.expectSymbol(")");
    return over(new FunctionCall(name, args, distinct, false, true));
  }

  /** A call's arguments: expressions, or DEFAULT (a user-defined function's parameter default). */
  private List<Expr> arguments() {
    List<Expr> items = new ArrayList<>();
    do {
      if (in.at("DEFAULT") && (in.peek(1).isSymbol(",") || in.peek(1).isSymbol(")"))) {
        in.next();
        items.add(new Literal(Literal.Kind.DEFAULT, "DEFAULT"));
      } else {
        items.add(parse());
      }
    } while (in.acceptSymbol(","));
    return List.copyOf(items);
  }

  /**
   * {@code call OVER ([PARTITION BY …] [ORDER BY …])} or {@code call WITHIN GROUP (ORDER BY …)}
   * after a call, or the call alone.
   */
  private Expr over(FunctionCall call) {
    if (in.at("WITHIN") && in.peek(1).is("GROUP")) {
      in.next();
      in.next();
      in.expectSymbol("(");
      in.expect("ORDER");
      in.expect("BY");
      List<dev.quern.engine.ast.QuerySpec.OrderItem> order = selectParser.orderItems();
      in.expectSymbol(")");
      if (!in.at("OVER")) {
        AnalyticCalls.requireOver(call);
        return new dev.quern.engine.ast.WithinGroupExpr(call, order);
      }
      in.next();
      return window(call, order); // PERCENTILE_CONT/DISC: the binder checks who may have both
    }
    if (!in.accept("OVER")) {
      AnalyticCalls.requireOver(call);
      return call;
    }
    return window(call, List.of());
  }

  /**
   * What follows OVER: {@code (…)}, or a window's name ({@code OVER w}); {@code withinGroup} is the
   * WITHIN GROUP order written before it.
   */
  private Expr window(FunctionCall call, List<dev.quern.engine.ast.QuerySpec.OrderItem> withinGroup) {
    NamedWindows.Resolved w;
    if (in.peek().isIdentifier()) {
      w = windows.over(new NamedWindows.Spec(in.identifier(), List.of(), List.of(), null), false);
    } else {
      in.expectSymbol("(");
      if (in.at("ROWS") || in.at("RANGE")) {
        throw in.unexpected(); // OVER (ROWS …) is a syntax error in SQL Server
      }
      NamedWindows.Spec spec = windowSpec();
      in.expectSymbol(")");
      w = windows.over(spec, true);
    }
    return new dev.quern.engine.ast.WindowExpr(call, w.partition(), w.order(), w.frame(), withinGroup, w.inherited());
  }

  /**
   * A window specification, inside OVER's or a WINDOW definition's parentheses: {@code [name]
   * [PARTITION BY …] [ORDER BY …] [ROWS|RANGE …]}.
   */
  NamedWindows.Spec windowSpec() {
    String base = null;
    boolean element = in.at("ROWS") || in.at("RANGE") || in.at("PARTITION") && in.peek(1).is("BY");
    if (in.peek().isIdentifier() && !element) {
      base = in.identifier();
    }
    List<Expr> partition = List.of();
    if (in.accept("PARTITION")) {
      in.expect("BY");
      partition = list();
    }
    List<dev.quern.engine.ast.QuerySpec.OrderItem> order = List.of();
    if (in.accept("ORDER")) {
      in.expect("BY");
      order = selectParser.orderItems();
    }
    WindowFrame frame = null;
    if (in.at("ROWS") || in.at("RANGE")) {
      frame = frame(); // without ORDER BY: the binder's error, after the function's own (10752, 4112)
    }
    return new NamedWindows.Spec(base, partition, order, frame);
  }

  /**
   * {@code ROWS|RANGE BETWEEN bound AND bound}, or {@code ROWS|RANGE bound} (up to the current row,
   * where FOLLOWING cannot start). RANGE takes no row counts (4194); a frame ending before it
   * starts at the current row is 4193.
   */
  private WindowFrame frame() {
    boolean range = in.next().upper().equals("RANGE");
    Bound start;
    Bound end;
    if (in.accept("BETWEEN")) {
      start = frameBound(true);
      in.expect("AND");
      end = frameBound(false);
    } else {
      start = frameBound(true);
      if (start.kind() == Kind.FOLLOWING) {
        throw SqlErrors.SYNTAX_NEAR.raise("FOLLOWING");
      }
      end = new Bound(Kind.CURRENT_ROW, 0);
    }
    if (range && (start.kind() == Kind.PRECEDING
        || start.kind() == Kind.FOLLOWING
        || end.kind() == Kind.PRECEDING
        || end.kind() == Kind.FOLLOWING)) {
      throw SqlErrors.RANGE_FRAME_OFFSETS.raise();
    }
    Kind kindOfStart = start.kind();
    Kind kindOfEnd = end.kind();
    if (kindOfStart == Kind.FOLLOWING
        && (kindOfEnd == Kind.PRECEDING
            || kindOfEnd == Kind.CURRENT_ROW)) {
      throw SqlErrors.INVALID_WINDOW_FRAME.raise("BETWEEN ... FOLLOWING AND ... PRECEDING");
    }
    if (kindOfStart == Kind.CURRENT_ROW
        && kindOfEnd == Kind.PRECEDING) {
      throw SqlErrors.INVALID_WINDOW_FRAME.raise("BETWEEN CURRENT ROW AND ... PRECEDING");
    }
    return new WindowFrame(range, start, end);
  }

  /**
   * One bound: UNBOUNDED PRECEDING (a start only), UNBOUNDED FOLLOWING (an end only), CURRENT ROW,
   * or an unsigned integer literal followed by PRECEDING or FOLLOWING.
   */
  private Bound frameBound(boolean isStart) {
    if (in.accept("UNBOUNDED")) {
      if (isStart ? in.at("PRECEDING") : in.at("FOLLOWING")) {
        in.next();
        return new Bound(
            isStart ? Kind.UNBOUNDED_PRECEDING
                : Kind.UNBOUNDED_FOLLOWING, 0);
      }
      throw in.unexpected();
    }
    if (in.accept("CURRENT")) {
      in.expect("ROW");
      return new Bound(Kind.CURRENT_ROW, 0);
    }
    Token count = in.peek();
    if (count.type() != TokenType.NUMBER || !count.raw().chars().allMatch(Character::isDigit)) {
      throw in.unexpected();
    }
    in.next();
    long offset;
    try {
      offset = Long.parseLong(count.raw());
    } catch (NumberFormatException e) {
      throw SqlErrors.SYNTAX_NEAR.raise(count.raw());
    }
    if (in.accept("PRECEDING")) {
      return new Bound(Kind.PRECEDING, offset);
    }
    if (in.accept("FOLLOWING")) {
      return new Bound(Kind.FOLLOWING, offset);
    }
    throw in.unexpected();
  }

  /** A comma-separated list of expressions. */
  public List<Expr> list() {
    List<Expr> items = new ArrayList<>();
    do {
      items.add(parse());
    } while (in.acceptSymbol(","));
    return List.copyOf(items);
  }

  private Expr caseExpr() {
    in.expect("CASE");
    Expr operand = in.at("WHEN") ? null : parse();
    List<CaseExpr.When> whens = new ArrayList<>();
    while (in.accept("WHEN")) {
      Expr cond = parse();
      in.expect("THEN");
      whens.add(new CaseExpr.When(cond, parse()));
    }
    if (whens.isEmpty()) {
      throw in.unexpected();
    }
    Expr otherwise = in.accept("ELSE") ? parse() : null;
    in.expect("END");
    return new CaseExpr(operand, List.copyOf(whens), otherwise);
  }

  /**
   * {@code IDENTITY(data_type [, seed, increment])}, SELECT … INTO's identity column: a call of
   * IDENTITY whose first argument, {@code CAST(NULL AS data_type)}, carries the type (binding it
   * anywhere else is error 177; see {@code SelectIntoIdentity}).
   */
  private Expr identityFunction() {
    in.next();
    in.expectSymbol("(");
    TypeName type = TypeNameParser.parse(in);
    List<Expr> args = new ArrayList<>();
    args.add(new CastExpr(new Literal(Literal.Kind.NULL, "NULL"), type, null, false, false));
    if (in.acceptSymbol(",")) {
      args.add(parse());
      in.expectSymbol(",");
      args.add(parse());
    }
    in.expectSymbol(")");
    return new FunctionCall("IDENTITY", List.copyOf(args), false, false, true);
  }

  private Expr cast(boolean isTry) {
    in.next();
    in.expectSymbol("(");
    Expr operand = parse();
    in.expect("AS");
    TypeName type = TypeNameParser.parse(in);
    in.expectSymbol(")");
    return new CastExpr(operand, type, null, isTry, false);
  }

  /**
   * {@code [TRY_]PARSE(text AS type [USING culture])}: read as CAST(PARSE(text, 'type', culture)
   * AS type), the inner call giving a sql_variant of the type (so the outer CAST only unwraps it).
   */
  private Expr parseCall(String name) {
    in.next();
    in.expectSymbol("(");
    Expr operand = parse();
    if (!in.accept("AS")) {
      throw SqlErrors.SYNTAX_EXPECTED.raise(name.toLowerCase(java.util.Locale.ROOT), "AS");
    }
    TypeName type = TypeNameParser.parse(in);
    dev.quern.catalog.type.TypeId id = dev.quern.catalog.type.SqlTypes.lookup(type.name());
    if (id == null) {
      throw SqlErrors.NOT_A_SYSTEM_TYPE.raise(type.name()); // as CAST to an unknown type (243)
    }
    if ((!dev.quern.catalog.type.SqlTypes.isNumeric(id) && !dev.quern.catalog.type.SqlTypes.isTemporal(id)
        || id == dev.quern.catalog.type.TypeId.BIT)) {
      // Only number and date/time types read from text; refused before the batch runs.
      throw dev.quern.engine.error.FunctionErrors.PARSE_TYPE.raise(dev.quern.catalog.type.SqlTypes.name(id), name);
    }
    Expr culture = in.accept("USING") ? parse() : new Literal(Literal.Kind.NULL, "NULL");
    in.expectSymbol(")");
    FunctionCall call = new FunctionCall(name, List.of(operand, Literal.string(type.toSql()), culture), false, false, true);
    return new CastExpr(call, type, null, name.startsWith("TRY_"), false);
  }

  private Expr convert(boolean isTry) {
    in.next();
    in.expectSymbol("(");
    TypeName type = TypeNameParser.parse(in);
    in.expectSymbol(",");
    Expr operand = parse();
    Expr style = in.acceptSymbol(",") ? parse() : null;
    in.expectSymbol(")");
    return new CastExpr(operand, type, style, isTry, true);
  }
}
