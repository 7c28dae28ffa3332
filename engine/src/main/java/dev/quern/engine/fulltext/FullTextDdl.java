package dev.quern.engine.fulltext;

import dev.quern.engine.ast.FullTextStatement;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.session.SessionState;

/**
 * Runs a full-text DDL statement. None may run inside a user transaction (574), as in SQL Server,
 * whose full-text catalogs and crawls live outside the database's transactions.
 */
public final class FullTextDdl {
  private final SessionState state;

  public FullTextDdl(SessionState state) {
    this.state = state;
  }

  public void run(FullTextStatement s) {
    if (state.transactionCount() > 0) {
      throw FullTextErrors.IN_USER_TRANSACTION.raise(s.command().verb());
    }
    switch (s.command()) {
      case FullTextStatement.CreateCatalog c -> new FullTextCatalogDdl(state).create(c);
      case FullTextStatement.AlterCatalog a -> new FullTextCatalogDdl(state).alter(a);
      case FullTextStatement.DropCatalog d -> new FullTextCatalogDdl(state).drop(d);
      case FullTextStatement.CreateIndex c -> new FullTextIndexDdl(state).create(c);
      case FullTextStatement.AlterIndex a -> new FullTextIndexDdl(state).alter(a);
      case FullTextStatement.DropIndex d -> new FullTextIndexDdl(state).drop(d);
    }
  }
}
