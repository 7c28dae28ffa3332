package dev.quern.engine.parser;

import dev.quern.engine.ast.ColumnstoreSpec;
import dev.quern.engine.ast.CreateIndexStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.TableConstraintDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows {@code CREATE [CLUSTERED | NONCLUSTERED] COLUMNSTORE INDEX name ON table} or {@code
 * INDEX name [CLUSTERED | NONCLUSTERED] COLUMNSTORE} inside CREATE TABLE ("CREATE COLUMNSTORE
 * INDEX"): {@code [(columns)] [INCLUDE (…)] [ORDER (columns)] [WHERE filter] [WITH (…)] [ON …]}.
 * The shapes SQL Server reads and then refuses (a key list on a clustered columnstore, INCLUDE,
 * ASC/DESC, UNIQUE, ORDER on a nonclustered one) are read here and refused by the executor.
 */
final class ColumnstoreIndexParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private final StorageClauses storage;

  ColumnstoreIndexParser(TokenStream in, ExpressionParser expr, StorageClauses storage) {
    this.in = in;
    this.expr = expr;
    this.storage = storage;
  }

  CreateIndexStatement body(int line, boolean unique, boolean clustered, String name, List<String> table) {
    List<TableConstraintDefinition.KeyColumn> columns = new ArrayList<>();
    boolean keyList = in.atSymbol("(");
    boolean sorted = false;
    if (keyList) {
      in.next();
      do {
        columns.add(new TableConstraintDefinition.KeyColumn(in.identifier(), false));
        sorted |= in.accept("ASC") || in.accept("DESC");
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    List<String> includes = in.accept("INCLUDE") ? names() : List.of();
    List<String> order = List.of();
    if (in.at("ORDER") && in.peek(1).isSymbol("(")) {
      in.next();
      order = names();
    }
    Expr filter = in.accept("WHERE") ? expr.parse() : null;
    StorageClauses.IndexOptions options = storage.indexClauses("CREATE COLUMNSTORE INDEX",
        StorageClauses.COLUMNSTORE_OPTIONS);
    return new CreateIndexStatement(line, unique, clustered, name, table, columns, includes, filter,
        options.dropExisting(), false, options.placement(), options.settings(),
        new ColumnstoreSpec(order, keyList, sorted));
  }

  /** {@code (name, …)}. */
  private List<String> names() {
    in.expectSymbol("(");
    List<String> out = new ArrayList<>();
    do {
      out.add(in.identifier());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return out;
  }
}
