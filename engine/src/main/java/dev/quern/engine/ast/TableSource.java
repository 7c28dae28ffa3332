package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** A row source in FROM. */
public sealed interface TableSource {
  String toSql();

  /** The alias the source was given, or null. */
  String alias();

  /** A named table or view: {@code db.schema.t [AS a]}. */
  record Named(List<String> parts, String alias) implements TableSource {
    @Override
    public String toSql() {
      return Names.quoteAll(parts) + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }

  /** A table-valued function: {@code GENERATE_SERIES(1, 10) [AS s]}. */
  record Function(String name, List<Expr> args, String alias) implements TableSource {
    @Override
    public String toSql() {
      return name
          + "("
          + args.stream().map(Expr::toSql).collect(Collectors.joining(", "))
          + ")"
          + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }
}
