package dev.quern.engine.parser;

import dev.quern.catalog.meta.Database;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/**
 * {@code expr COLLATE name}. Quern compares every string under one collation, the server default
 * (SQL_Latin1_General_CP1_CI_AS), so naming it or DATABASE_DEFAULT (what mssql-jdbc's
 * getImportedKeys and getIndexInfo queries write) leaves the expression as it is; any other
 * collation is one Quern cannot honour: 448, as for a collation SQL Server does not know.
 */
final class Collations {
  private Collations() {}

  static Expr collate(Expr operand, TokenStream in) {
    if (!in.accept("COLLATE")) {
      return operand;
    }
    Token name = in.peek();
    if (name.type() != TokenType.WORD && name.type() != TokenType.QUOTED_IDENT) {
      throw in.unexpected();
    }
    in.next();
    String collation = name.value();
    if (!collation.equalsIgnoreCase("DATABASE_DEFAULT") && !collation.equalsIgnoreCase(Database.DEFAULT_COLLATION)) {
      throw SqlErrors.INVALID_COLLATION.raise(collation);
    }
    return operand;
  }
}
