package dev.quern.engine.parser;

import dev.quern.engine.ast.IndexHints;
import dev.quern.engine.error.HintErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the arguments of the table hints that choose an index — {@code INDEX (a, 2)}, {@code INDEX =
 * a}, {@code INDEX = (a)}, {@code FORCESEEK [(index (column, …))]}, {@code FORCESCAN} — over the one
 * or two hint lists of a table ({@code t (NOLOCK) AS a WITH (INDEX(ix))}), and refuses the
 * combinations SQL Server refuses while parsing (10746, 10747, 10750, 10749).
 */
final class AccessHintsReader {
  private final List<String> indexes = new ArrayList<>();
  private boolean forceSeek;
  private String seekIndex;
  private final List<String> seekColumns = new ArrayList<>();
  private boolean forceScan;
  private boolean pageLock;

  /** Reads what follows the hint name {@code hint} (upper case) if it chooses an index. */
  void read(TokenStream in, String hint) {
    switch (hint) {
      case "INDEX" -> index(in);
      case "FORCESEEK" -> forceSeek(in);
      case "FORCESCAN" -> forceScan = true;
      case "PAGLOCK" -> pageLock = true;
      default -> { }
    }
  }

  /** 1069, 10724 or 10745 for {@code hint} on the target of INSERT, UPDATE, DELETE or MERGE. */
  static void refuseOnTarget(String hint) {
    switch (hint) {
      case "INDEX" -> throw HintErrors.INDEX_HINT_ON_TARGET.raise();
      case "FORCESEEK" -> throw HintErrors.FORCESEEK_ON_TARGET.raise();
      case "FORCESCAN" -> throw HintErrors.FORCESCAN_ON_TARGET.raise();
      default -> { }
    }
  }

  /** The combinations refused whatever the table: checked after each hint list. */
  void check() {
    if (forceSeek && forceScan) {
      throw HintErrors.SEEK_AND_SCAN.raise();
    }
    if (seekIndex != null && !indexes.isEmpty()) {
      throw HintErrors.PARAMETERIZED_SEEK_WITH_INDEX.raise();
    }
    if (forceScan && indexes.size() > 1) {
      throw HintErrors.SCAN_WITH_INDEXES.raise();
    }
  }

  IndexHints hints() {
    return new IndexHints(indexes, forceSeek, seekIndex, seekColumns, forceScan, pageLock);
  }

  /** {@code INDEX (v, …)}, {@code INDEX = v} or {@code INDEX = (v)}: one value only after =. */
  private void index(TokenStream in) {
    if (in.acceptSymbol("=")) {
      boolean parenthesized = in.acceptSymbol("(");
      indexes.add(value(in));
      if (parenthesized) {
        in.expectSymbol(")");
      }
      return;
    }
    in.expectSymbol("(");
    do {
      indexes.add(value(in));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  /** {@code FORCESEEK} alone, or {@code FORCESEEK (index (column, …))}. */
  private void forceSeek(TokenStream in) {
    if (forceSeek && in.atSymbol("(")) {
      throw HintErrors.PARAMETERIZED_SEEK_WITH_INDEX.raise(); // a second FORCESEEK, this one with an index
    }
    forceSeek = true;
    if (!in.acceptSymbol("(")) {
      return;
    }
    seekIndex = value(in);
    if (seekIndex.equals("0")) {
      throw HintErrors.FORCESEEK_INDEX_ZERO.raise();
    }
    in.expectSymbol("(");
    do {
      seekColumns.add(in.identifier());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    in.expectSymbol(")");
  }

  /** An index name or id (102 near anything else, a negative id among them). */
  private static String value(TokenStream in) {
    Token t = in.next();
    if (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENT) {
      return t.value();
    }
    if (t.type() == TokenType.NUMBER && t.value().chars().allMatch(Character::isDigit)) {
      return t.value();
    }
    throw TokenStream.errorNear(t);
  }
}
