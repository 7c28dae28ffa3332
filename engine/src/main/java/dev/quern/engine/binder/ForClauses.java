package dev.quern.engine.binder;

import dev.quern.engine.ast.ForClause;
import dev.quern.engine.ast.ForJson;
import dev.quern.engine.ast.ForXml;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.plan.QueryPlan;

/** Puts a bound query under its FOR JSON or FOR XML clause. */
final class ForClauses {
  private ForClauses() {}

  /** {@code splitRows}: the text goes to a client, in rows (a statement's SELECT, not a subquery). */
  static QueryPlan wrap(QueryBinder.Bound bound, QuerySpec query, ForClause clause, boolean splitRows) {
    return switch (clause) {
      case ForJson j -> ForJsonBinder.wrap(bound, query, j, splitRows);
      case ForXml x -> ForXmlBinder.wrap(bound, query, x, splitRows);
    };
  }
}
