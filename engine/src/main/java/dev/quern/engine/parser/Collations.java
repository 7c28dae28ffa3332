package dev.quern.engine.parser;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.engine.ast.CollateExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/**
 * {@code expr COLLATE name} and a column's or a database's {@code COLLATE name}. The name must be
 * one Quern knows ({@link SupportedCollations}) or DATABASE_DEFAULT (what mssql-jdbc's
 * getImportedKeys and getIndexInfo queries write, and scripts put on #temp columns: the current
 * database's collation, resolved when the statement is bound or run); any other is 448, as for a
 * collation SQL Server does not know.
 */
final class Collations {
  /** The name that stands for the current database's collation until it is bound. */
  static final String DATABASE_DEFAULT = "DATABASE_DEFAULT";

  private Collations() {}

  static Expr collate(Expr operand, TokenStream in) {
    Expr e = operand;
    while (in.accept("COLLATE")) {
      e = new CollateExpr(e, name(in, true));
    }
    return e;
  }

  /**
   * The collation named next (after COLLATE) as SQL Server spells it, or DATABASE_DEFAULT where
   * {@code databaseDefault} allows it (not in CREATE / ALTER DATABASE); 448 for an unknown one.
   */
  static String name(TokenStream in, boolean databaseDefault) {
    Token name = in.peek();
    if (name.type() != TokenType.WORD && name.type() != TokenType.QUOTED_IDENT) {
      throw in.unexpected();
    }
    in.next();
    String written = name.value();
    if (databaseDefault && written.equalsIgnoreCase(DATABASE_DEFAULT)) {
      return DATABASE_DEFAULT;
    }
    Collation c = SupportedCollations.find(written);
    if (c == null) {
      throw SqlErrors.INVALID_COLLATION.raise(written);
    }
    return c.name();
  }
}
