package dev.quern.engine.parser;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.engine.ast.CollateExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/**
 * {@code expr COLLATE name} and a column's {@code COLLATE name}. The name must be one Quern knows
 * ({@link SupportedCollations}) or DATABASE_DEFAULT (what mssql-jdbc's getImportedKeys and
 * getIndexInfo queries write, the database's collation); any other is 448, as for a collation SQL
 * Server does not know.
 */
final class Collations {
  private Collations() {}

  static Expr collate(Expr operand, TokenStream in) {
    Expr e = operand;
    while (in.accept("COLLATE")) {
      e = new CollateExpr(e, name(in).name());
    }
    return e;
  }

  /** The collation named next (after COLLATE); 448 for an unknown one. */
  static Collation name(TokenStream in) {
    Token name = in.peek();
    if (name.type() != TokenType.WORD && name.type() != TokenType.QUOTED_IDENT) {
      throw in.unexpected();
    }
    in.next();
    String written = name.value();
    if (written.equalsIgnoreCase("DATABASE_DEFAULT")) {
      return SupportedCollations.DEFAULT;
    }
    Collation c = SupportedCollations.find(written);
    if (c == null) {
      throw SqlErrors.INVALID_COLLATION.raise(written);
    }
    return c;
  }
}
