package dev.quern.engine.binder;

import dev.quern.engine.ast.BlockStatement;
import dev.quern.engine.ast.IfStatement;
import dev.quern.engine.ast.LabelStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TryCatchStatement;
import dev.quern.engine.ast.WhileStatement;
import dev.quern.engine.error.SqlErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The GOTO labels of one batch or module, gathered before binding so that a GOTO may name a label
 * further down. SQL Server checks both ways at compile time: a label declared twice is 132, a GOTO
 * to no label 133, and either stops the whole batch. Names compare without case, as identifiers do.
 */
final class GotoLabels {
  private final Set<String> names = new HashSet<>();

  static GotoLabels of(List<Statement> statements) {
    GotoLabels labels = new GotoLabels();
    statements.forEach(labels::collect);
    return labels;
  }

  private void collect(Statement s) {
    switch (s) {
      case LabelStatement l -> {
        if (!names.add(key(l.name()))) {
          throw SqlErrors.LABEL_DECLARED_TWICE.raise(l.name()).at(l.line(), null);
        }
      }
      case BlockStatement b -> b.body().forEach(this::collect);
      case IfStatement i -> {
        collect(i.then());
        if (i.otherwise() != null) {
          collect(i.otherwise());
        }
      }
      case WhileStatement w -> collect(w.body());
      case TryCatchStatement t -> {
        t.tryBody().forEach(this::collect);
        t.catchBody().forEach(this::collect);
      }
      default -> {}
    }
  }

  /** 133 unless {@code name} is a label of the batch. */
  void requireDeclared(String name) {
    if (!names.contains(key(name))) {
      throw SqlErrors.LABEL_NOT_DECLARED.raise(name);
    }
  }

  static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
