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

  /** FOREIGN KEY (columns) REFERENCES table (refColumns), with its actions. */
  record ForeignKey(
      int objectId,
      String name,
      List<Integer> columns,
      int refTableId,
      List<Integer> refColumns,
      FkAction onDelete,
      FkAction onUpdate)
      implements Constraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      refColumns = List.copyOf(refColumns);
    }

    @Override
    public String typeCode() {
      return "F";
    }
  }

  /** CHECK (expression); {@code columnId} is set for a column-level check, else 0. */
  record Check(int objectId, String name, String expression, int columnId) implements Constraint {
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
