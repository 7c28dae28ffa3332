package dev.quern.engine.store;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Computed;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.List;

/**
 * sp_rename of a column: the expressions stored as text that name it (computed columns, CHECK
 * constraints, index filters) are rewritten to the new name, as SQL Server, which keeps them by
 * column id, shows them renamed.
 */
public final class ColumnRenames {
  private ColumnRenames() {}

  /** {@code table} (the column already renamed) with its stored expressions following it. */
  public static Table apply(Table table, String oldName, String newName) {
    List<Column> columns = table.columns().stream()
        .map(c -> c.computed() == null ? c : new Column(c.columnId(), c.name(), c.type(), c.nullable(),
            c.collation(), c.identity(), new Computed(rename(c.computed().expression(), oldName, newName),
                c.computed().persisted()), c.slot(), c.missingValue()))
        .toList();
    List<Index> indexes = table.indexes().stream()
        .map(i -> i.filter() == null ? i : new Index(i.indexId(), i.name(), i.kind(), i.unique(), i.primaryKey(),
            i.uniqueConstraint(), i.keys(), i.includes(), rename(i.filter(), oldName, newName), i.dataId(),
            i.ignoreDupKey(), i.disabled(), i.options()))
        .toList();
    List<Constraint> constraints = table.constraints().stream()
        .map(k -> k instanceof Constraint.Check c
            ? c.with(c.name(), rename(c.expression(), oldName, newName))
            : k)
        .toList();
    return table.withColumns(columns).withIndexes(indexes).withConstraints(constraints);
  }

  /** {@code sql} with each name token equal to {@code oldName} (not a function's) bracketed as {@code newName}. */
  static String rename(String sql, String oldName, String newName) {
    List<Token> tokens = Lexer.tokenize(sql, true);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean name = t.type() == TokenType.QUOTED_IDENT || t.type() == TokenType.WORD;
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(");
      if (name && !call && t.value().equalsIgnoreCase(oldName)) {
        out.append(sql, copied, t.offset()).append('[').append(newName.replace("]", "]]")).append(']');
        copied = t.offset() + t.raw().length();
      }
    }
    return out.append(sql.substring(copied)).toString();
  }
}
