package dev.quern.catalog.meta;

import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A table: its columns in order, its indexes (exactly one HEAP or CLUSTERED holding the rows), its
 * constraints, and the row slots of dropped columns (whose bytes old rows still carry). Rows given
 * to and returned by {@link TableStore} are {@code Object[]} in {@link #columns()} order.
 */
public record Table(
    int id,
    int schemaId,
    String name,
    List<Column> columns,
    List<Index> indexes,
    List<Constraint> constraints,
    Map<Integer, SqlType> retiredSlots)
    implements SchemaObject {

  public Table {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    constraints = List.copyOf(constraints);
    retiredSlots = Map.copyOf(retiredSlots);
    long rowIndexes = indexes.stream().filter(Index::holdsRows).count();
    if (rowIndexes != 1) {
      throw new IllegalArgumentException(
          "Table " + name + " needs exactly one heap or clustered index, has " + rowIndexes);
    }
    validate(name, columns, indexes, retiredSlots);
  }

  private static void validate(
      String name, List<Column> columns, List<Index> indexes, Map<Integer, SqlType> retiredSlots) {
    java.util.Set<Integer> ids = new java.util.HashSet<>();
    java.util.Set<Integer> slots = new java.util.HashSet<>(retiredSlots.keySet());
    for (Column c : columns) {
      if (!ids.add(c.columnId()) || !slots.add(c.slot())) {
        throw new IllegalArgumentException(
            "Table " + name + ": column id or slot of " + c.name() + " is used twice");
      }
    }
    for (Index i : indexes) {
      for (int id :
          java.util.stream.Stream.concat(
                  i.keys().stream().map(IndexColumn::columnId), i.includes().stream())
              .toList()) {
        if (!ids.contains(id)) {
          throw new IllegalArgumentException(
              "Index " + i.name() + " of " + name + " uses missing column " + id);
        }
      }
    }
  }

  @Override
  public String typeCode() {
    return "U";
  }

  /** The heap or clustered index: where the rows are. */
  public Index rowIndex() {
    return indexes.stream().filter(Index::holdsRows).findFirst().orElseThrow();
  }

  public List<Index> secondaryIndexes() {
    return indexes.stream().filter(i -> !i.holdsRows()).toList();
  }

  /** The nonclustered indexes that are not disabled: those that writes maintain and reads may use. */
  public List<Index> enabledSecondaryIndexes() {
    return indexes.stream().filter(i -> !i.holdsRows() && !i.disabled()).toList();
  }

  public Optional<Index> index(int indexId) {
    return indexes.stream().filter(i -> i.indexId() == indexId).findFirst();
  }

  /** An index by name, case-insensitively (identifiers follow the default CI collation). */
  public Optional<Index> index(String indexName) {
    return indexes.stream()
        .filter(i -> i.name() != null && sameName(i.name(), indexName))
        .findFirst();
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> sameName(c.name(), columnName)).findFirst();
  }

  public Column columnById(int columnId) {
    for (Column c : columns) { // a loop, not a stream: called per statement on hot paths
      if (c.columnId() == columnId) {
        return c;
      }
    }
    throw new IllegalArgumentException("No column " + columnId + " in " + name);
  }

  /** The position of a column in {@link #columns()} (and in row arrays). */
  public int position(int columnId) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).columnId() == columnId) {
        return i;
      }
    }
    throw new IllegalArgumentException("No column " + columnId + " in " + name);
  }

  /** The table's rowversion (timestamp) column; a table has at most one. */
  public Optional<Column> rowversionColumn() {
    return columns.stream().filter(Column::rowversion).findFirst();
  }

  public Optional<Column> identityColumn() {
    return columns.stream().filter(c -> c.identity() != null).findFirst();
  }

  /** The DEFAULT expression text of a column, if it has one. */
  public Optional<String> defaultExpression(int columnId) {
    return constraints.stream()
        .filter(c -> c instanceof Constraint.Default d && d.columnId() == columnId)
        .map(c -> ((Constraint.Default) c).expression())
        .findFirst();
  }

  public Optional<Constraint> constraint(String constraintName) {
    return constraints.stream().filter(c -> sameName(c.name(), constraintName)).findFirst();
  }

  /** The physical row layout: every slot ever used, dropped ones marked. */
  public RowLayout rowLayout() {
    TreeMap<Integer, RowLayout.Slot> slots = new TreeMap<>();
    retiredSlots.forEach((slot, type) -> slots.put(slot, new RowLayout.Slot(type, null, true)));
    for (Column c : columns) {
      slots.put(c.slot(), new RowLayout.Slot(c.type(), c.missingValue(), false));
    }
    List<RowLayout.Slot> list = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      RowLayout.Slot s = slots.get(i);
      if (s == null) {
        throw new IllegalStateException("Table " + name + " has no slot " + i);
      }
      list.add(s);
    }
    return new RowLayout(list);
  }

  public int nextColumnId() {
    return columns.stream().mapToInt(Column::columnId).max().orElse(0) + 1;
  }

  public int nextSlot() {
    int maxLive = columns.stream().mapToInt(Column::slot).max().orElse(-1);
    int maxRetired = retiredSlots.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    return Math.max(maxLive, maxRetired) + 1;
  }

  public int nextIndexId() {
    return Math.max(2, indexes.stream().mapToInt(Index::indexId).max().orElse(0) + 1);
  }

  public Table withName(String newName) {
    return new Table(id, schemaId, newName, columns, indexes, constraints, retiredSlots);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(id, schemaId, name, newColumns, indexes, constraints, retiredSlots);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(id, schemaId, name, columns, newIndexes, constraints, retiredSlots);
  }

  public Table withConstraints(List<Constraint> newConstraints) {
    return new Table(id, schemaId, name, columns, indexes, newConstraints, retiredSlots);
  }

  /** ALTER TABLE ADD column: {@code column.slot()} should be {@link #nextSlot()}. */
  public Table addColumn(Column column) {
    List<Column> more = new ArrayList<>(columns);
    more.add(column);
    return withColumns(more);
  }

  /** ALTER TABLE DROP COLUMN: the slot is retired, old rows keep its bytes. */
  public Table dropColumn(int columnId) {
    Column dropped = columnById(columnId);
    List<Column> rest = columns.stream().filter(c -> c.columnId() != columnId).toList();
    Map<Integer, SqlType> retired = new java.util.HashMap<>(retiredSlots);
    retired.put(dropped.slot(), dropped.type());
    return new Table(id, schemaId, name, rest, indexes, constraints, retired);
  }

  private static boolean sameName(String a, String b) {
    return Names.same(a, b);
  }
}
