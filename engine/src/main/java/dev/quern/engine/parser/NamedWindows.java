package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.WindowExpr;
import dev.quern.engine.ast.WindowFrame;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named windows of SELECT blocks (SQL Server 2022's {@code WINDOW w AS (…)}, written after
 * HAVING): what {@code OVER w} and {@code OVER (w ORDER BY …)} mean. The clause follows the select
 * list that refers to it, so the first reference in a block looks ahead for the block's clause,
 * reads it, and comes back; each block has its own names (a subquery does not see its outer
 * block's). A window may refine another defined before or after it; an OVER clause or a definition
 * refining one may add only the elements it lacks (4123).
 */
final class NamedWindows {
  /** The words that end a SELECT block at its own level before any WINDOW clause could come. */
  private static final Set<String> BLOCK_ENDS =
      Set.of("UNION", "EXCEPT", "INTERSECT", "ORDER", "OPTION", "SELECT");

  /** What is written in the parentheses of OVER or of a definition. */
  record Spec(String base, List<Expr> partition, List<QuerySpec.OrderItem> order, WindowFrame frame) {
    boolean empty() {
      return partition.isEmpty() && order.isEmpty() && frame == null;
    }
  }

  /** A window with its references followed: {@code inherited} says what came from a named window. */
  record Resolved(
      List<Expr> partition, List<QuerySpec.OrderItem> order, WindowFrame frame, WindowExpr.Inherited inherited) {}

  private final TokenStream in;
  private final ExpressionParser expr;
  private final Deque<Block> blocks = new ArrayDeque<>();
  private Block lastExited;

  /** One SELECT block: where it starts, and its definitions once read. */
  static final class Block {
    final int start;
    Map<String, Spec> definitions;

    Block(int start) {
      this.start = start;
    }
  }

  NamedWindows(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Whether a WINDOW clause starts here: {@code WINDOW name AS (}. */
  static boolean clauseStarts(TokenStream in) {
    return in.at("WINDOW") && in.peek(1).isIdentifier() && in.peek(2).is("AS") && in.peek(3).isSymbol("(");
  }

  /** A SELECT block starts at the cursor (its SELECT word). */
  void enterBlock() {
    blocks.push(new Block(in.position()));
  }

  void exitBlock() {
    lastExited = blocks.pop();
  }

  /** The block last parsed: a query's ORDER BY, after it, may call its named windows. */
  Block lastExited() {
    return lastExited;
  }

  /** Parses {@code part} with {@code block}'s names in scope again. */
  <T> T within(Block block, java.util.function.Supplier<T> part) {
    blocks.push(block);
    try {
      return part.get();
    } finally {
      blocks.pop();
    }
  }

  /** The block's WINDOW clause, at the cursor: read (its definitions checked) and passed over. */
  void clause() {
    Map<String, Spec> definitions = readClause();
    definitions.keySet().forEach(name -> resolve(definitions, name, new java.util.HashSet<>()));
    if (!blocks.isEmpty() && blocks.peek().definitions == null) {
      blocks.peek().definitions = definitions;
    }
  }

  /**
   * What {@code spec}, written after OVER, means: itself when it names no window; else the named
   * window refined by its elements. {@code OVER (w)} with nothing added is a syntax error.
   */
  Resolved over(Spec spec, boolean parenthesized) {
    if (spec.base() == null) {
      return new Resolved(spec.partition(), spec.order(), spec.frame(), null);
    }
    if (parenthesized && spec.empty()) {
      throw SqlErrors.SYNTAX_NEAR.raise(")");
    }
    Map<String, Spec> definitions = definitions();
    Resolved base = resolve(definitions, spec.base(), new java.util.HashSet<>());
    return refine(base, spec);
  }

  private Map<String, Spec> definitions() {
    Block block = blocks.peek();
    if (block == null) {
      return Map.of();
    }
    if (block.definitions == null) {
      block.definitions = lookAhead(block.start);
    }
    return block.definitions;
  }

  /** The block's WINDOW clause read ahead from its start, the cursor put back; empty when it has none. */
  private Map<String, Spec> lookAhead(int start) {
    int back = in.position();
    try {
      in.rewind(start);
      in.next(); // SELECT
      int depth = 0;
      while (!in.atEnd()) {
        Token t = in.peek();
        if (t.isSymbol("(")) {
          depth++;
        } else if (t.isSymbol(")")) {
          if (--depth < 0) {
            break;
          }
        } else if (depth == 0 && clauseStarts(in)) {
          return readClause();
        } else if (depth == 0 && (t.isSymbol(";") || t.type() == TokenType.WORD && BLOCK_ENDS.contains(t.upper())
            || t.is("FOR") && (in.peek(1).is("XML") || in.peek(1).is("JSON") || in.peek(1).is("BROWSE")))) {
          break;
        }
        in.next();
      }
      return Map.of();
    } finally {
      in.rewind(back);
    }
  }

  private Map<String, Spec> readClause() {
    in.expect("WINDOW");
    Map<String, Spec> definitions = new LinkedHashMap<>();
    do {
      String name = in.identifier();
      in.expect("AS");
      in.expectSymbol("(");
      Spec spec = expr.windowSpec();
      in.expectSymbol(")");
      if (definitions.putIfAbsent(key(name), spec) != null) {
        throw SqlErrors.WINDOW_NAME_REPEATED.raise();
      }
    } while (in.acceptSymbol(","));
    return definitions;
  }

  /** Window {@code name} with the windows it refines followed; 5362 unknown, 5365 in a cycle. */
  private Resolved resolve(Map<String, Spec> definitions, String name, Set<String> visiting) {
    Spec spec = definitions.get(key(name));
    if (spec == null) {
      throw SqlErrors.WINDOW_UNDEFINED.raise(name);
    }
    if (spec.base() == null) {
      return new Resolved(spec.partition(), spec.order(), spec.frame(), null);
    }
    if (key(spec.base()).equals(key(name))) {
      throw SqlErrors.WINDOW_UNDEFINED.raise(spec.base()); // a definition does not see its own name
    }
    if (!visiting.add(key(name))) {
      throw SqlErrors.WINDOW_CYCLE.raise();
    }
    return refine(resolve(definitions, spec.base(), visiting), spec);
  }

  /** {@code base} with {@code spec}'s elements added; 4123 for one {@code base} already has. */
  private static Resolved refine(Resolved base, Spec spec) {
    boolean clash = !spec.partition().isEmpty() && !base.partition().isEmpty()
        || !spec.order().isEmpty() && !base.order().isEmpty()
        || spec.frame() != null && base.frame() != null;
    if (clash) {
      throw SqlErrors.WINDOW_ELEMENT_REPEATED.raiseWithState(base.frame() != null ? 2 : 3);
    }
    return new Resolved(
        spec.partition().isEmpty() ? base.partition() : spec.partition(),
        spec.order().isEmpty() ? base.order() : spec.order(),
        spec.frame() == null ? base.frame() : spec.frame(),
        new WindowExpr.Inherited(!base.order().isEmpty(), base.frame() != null));
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
