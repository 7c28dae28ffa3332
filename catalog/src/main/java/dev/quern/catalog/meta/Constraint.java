package dev.quern.catalog.meta;

import java.util.List;

/**
 * A table constraint. Each is an object of its schema (its name is unique there, as in sys.objects)
 * with its own object id. Expression texts are kept as written, for the engine to bind.
 */
public sealed interface Constraint {
  int objectId();

  String name();

  /** The sys.objects type code: PK, UQ, F, C, D. */
  String typeCode();

  /** NOCHECK CONSTRAINT switched it off: not enforced (only FOREIGN KEY and CHECK can be). */
  default boolean disabled() {
    return false;
  }

  /**
   * Rows may exist that were never validated against it (added WITH NOCHECK, or re-enabled without
   * WITH CHECK): sys.*.is_not_trusted, and the optimizer may not rely on it.
   */
  default boolean notTrusted() {
    return false;
  }

  /** PRIMARY KEY, enforced by the unique index {@code indexId}. */
  record PrimaryKey(int objectId, String name, int indexId) implements Constraint {
    @Override
    public String typeCode() {
      return "PK";
    }
  }

  /** UNIQUE, enforced by the unique index {@code indexId}. */
  record Unique(int objectId, String name, int indexId) implements Constraint {
    @Override
    public String typeCode() {
      return "UQ";
    }
  }

  /**
   * FOREIGN KEY (columns) REFERENCES table (refColumns), with its actions, and whether it is
   * disabled or not trusted (see {@link Constraint#disabled()}).
   */
  record ForeignKey(
      int objectId,
      String name,
      List<Integer> columns,
      int refTableId,
      List<Integer> refColumns,
      FkAction onDelete,
      FkAction onUpdate,
      boolean disabled,
      boolean notTrusted)
      implements Constraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      refColumns = List.copyOf(refColumns);
    }

    /** An enabled, trusted foreign key. */
    public ForeignKey(
        int objectId, String name, List<Integer> columns, int refTableId, List<Integer> refColumns,
        FkAction onDelete, FkAction onUpdate) {
      this(objectId, name, columns, refTableId, refColumns, onDelete, onUpdate, false, false);
    }

    public ForeignKey withState(boolean disabled, boolean notTrusted) {
      return new ForeignKey(objectId, name, columns, refTableId, refColumns, onDelete, onUpdate, disabled, notTrusted);
    }

    public ForeignKey renamed(String newName) {
      return new ForeignKey(objectId, newName, columns, refTableId, refColumns, onDelete, onUpdate, disabled, notTrusted);
    }

    @Override
    public String typeCode() {
      return "F";
    }
  }

  /**
   * CHECK (expression); {@code columnId} is set for a column-level check, else 0; disabled and
   * notTrusted as {@link Constraint#disabled()} says.
   */
  record Check(int objectId, String name, String expression, int columnId, boolean disabled, boolean notTrusted)
      implements Constraint {
    /** An enabled, trusted check. */
    public Check(int objectId, String name, String expression, int columnId) {
      this(objectId, name, expression, columnId, false, false);
    }

    public Check withState(boolean disabled, boolean notTrusted) {
      return new Check(objectId, name, expression, columnId, disabled, notTrusted);
    }

    /** The same check, its text (and maybe its name) changed. */
    public Check with(String newName, String newExpression) {
      return new Check(objectId, newName, newExpression, columnId, disabled, notTrusted);
    }

    @Override
    public String typeCode() {
      return "C";
    }
  }

  /** DEFAULT expression FOR column. */
  record Default(int objectId, String name, int columnId, String expression) implements Constraint {
    @Override
    public String typeCode() {
      return "D";
    }
  }
}
