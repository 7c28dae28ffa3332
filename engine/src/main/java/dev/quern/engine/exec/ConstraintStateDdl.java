package dev.quern.engine.exec;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.AlterTableStatement;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.ComputedColumnBinder;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.ConstraintErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.parser.ExpressionParser;
import dev.quern.engine.parser.TokenStream;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ALTER TABLE [WITH CHECK | WITH NOCHECK] {CHECK | NOCHECK} CONSTRAINT {ALL | name, …}. A disabled
 * FOREIGN KEY or CHECK is not enforced and is not trusted; enabling it WITH CHECK validates every
 * existing row (547 naming ALTER TABLE on the first that fails) and trusts it again, enabling it
 * without leaves it untrusted. All names are resolved and all rows validated before anything is
 * written, so a failing statement changes nothing.
 */
final class ConstraintStateDdl {
  private final SessionState state;
  private final BindContext bind;

  ConstraintStateDdl(SessionState state, BindContext bind) {
    this.state = state;
    this.bind = bind;
  }

  void toggle(ResolvedTable t, AlterTableStatement.ToggleConstraints s) {
    Table table = t.table();
    Set<Constraint> chosen = new LinkedHashSet<>();
    if (s.names().isEmpty()) {
      table.constraints().stream().filter(ConstraintStateDdl::toggleable).forEach(chosen::add);
    }
    for (String name : s.names()) {
      Constraint c = table.constraint(name)
          .orElseThrow(() -> ConstraintErrors.notToggled(ConstraintErrors.MISSING.raise(name)));
      if (!toggleable(c)) {
        throw ConstraintErrors.notToggled(ConstraintErrors.NOT_TOGGLEABLE.raise(c.name()));
      }
      chosen.add(c);
    }
    List<Constraint> changed = new ArrayList<>();
    for (Constraint c : table.constraints()) {
      changed.add(chosen.contains(c) ? switched(t, c, s) : c);
    }
    if (!changed.equals(table.constraints())) {
      t.catalog().alterObject(state.store().txn(t.catalog()), table.withConstraints(changed));
    }
  }

  private static boolean toggleable(Constraint c) {
    return c instanceof Constraint.ForeignKey || c instanceof Constraint.Check;
  }

  /** {@code c} in the state the statement asks for, its rows validated first when WITH CHECK. */
  private Constraint switched(ResolvedTable t, Constraint c, AlterTableStatement.ToggleConstraints s) {
    boolean disabled;
    boolean notTrusted;
    if (s.enable() && c instanceof Constraint.ForeignKey fk) {
      requireReferencedKey(t, fk);
    }
    if (!s.enable()) {
      disabled = true;
      notTrusted = true; // rows written while it is off were never checked
    } else if (s.validate()) {
      if (c.disabled() || c.notTrusted()) {
        validate(t, c);
      }
      disabled = false;
      notTrusted = false;
    } else {
      disabled = false;
      notTrusted = c.notTrusted() || c.disabled();
    }
    return switch (c) {
      case Constraint.ForeignKey fk -> fk.withState(disabled, notTrusted);
      case Constraint.Check ck -> ck.withState(disabled, notTrusted);
      default -> c;
    };
  }

  /** 1989 when every unique index on the columns {@code fk} references is disabled. */
  private void requireReferencedKey(ResolvedTable t, Constraint.ForeignKey fk) {
    Table parent = fk.refTableId() == t.table().id() ? t.table()
        : state.store().metadata(t.catalog()).table(fk.refTableId()).orElseThrow();
    Set<Integer> columns = new java.util.HashSet<>(fk.refColumns());
    List<dev.quern.catalog.meta.Index> keys = parent.indexes().stream()
        .filter(i -> i.unique() && i.keys().size() == columns.size()
            && i.keys().stream().allMatch(k -> columns.contains(k.columnId())))
        .toList();
    if (!keys.isEmpty() && keys.stream().allMatch(dev.quern.catalog.meta.Index::disabled)) {
      throw dev.quern.engine.error.IndexErrors.FK_KEY_DISABLED.raise(fk.name(), keys.getFirst().name());
    }
  }

  private void validate(ResolvedTable t, Constraint c) {
    switch (c) {
      case Constraint.ForeignKey fk -> ForeignKeys.validateExisting(state, t, t.table(), fk);
      case Constraint.Check ck -> validateCheck(t, ck);
      default -> {}
    }
  }

  /** Every existing row must not make the check false (NULL passes, as on INSERT). */
  void validateCheck(ResolvedTable t, Constraint.Check ck) {
    Table table = t.table();
    var condition = new ExpressionParser(new TokenStream(Lexer.tokenize(ck.expression(), true))).parse();
    BoundExpr cond = new DmlBinder(bind, state).rowCondition(condition, t);
    var computed = ComputedColumnBinder.bind(bind, t);
    EvalContext ctx = new EvalContext(new Object[0], state);
    try (RowCursor rows = TableStores.open(state.store(), t.catalog(), table).scan(KeyRange.ALL, false)) {
      while (rows.next()) {
        Object[] row = java.util.Arrays.copyOf(rows.row(), table.columns().size());
        for (int i = rows.row().length; i < row.length; i++) {
          row[i] = table.columns().get(i).missingValue();
        }
        computed.fillAll(row, ctx);
        ctx.row = row;
        if (cond.eval(ctx) == Boolean.FALSE) {
          String column = ck.columnId() == 0 ? "" : ", column '" + table.columnById(ck.columnId()).name() + "'";
          throw SqlErrors.CHECK_CONFLICT.raise("ALTER TABLE", ck.name(), t.database().name(), t.schemaQualified(), column);
        }
      }
    }
  }
}
