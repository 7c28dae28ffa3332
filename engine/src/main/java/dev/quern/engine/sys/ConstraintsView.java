package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.key_constraints, sys.foreign_keys, sys.check_constraints and sys.default_constraints: the
 * sys.objects columns of each constraint of a kind, then what that kind adds (the unique index of
 * a key; the referenced table and actions of a foreign key; the column and definition of a check
 * or default).
 */
final class ConstraintsView implements SystemView {
  private static final List<ResultColumn> OBJECT = ObjectsView.COLUMNS;

  /** Which constraints a view lists, and the columns it adds. */
  private enum Kind {
    KEY("key_constraints", List.of(integer("unique_index_id", true), bit("is_system_named", false))),
    FOREIGN("foreign_keys", List.of(
        integer("referenced_object_id", true), integer("key_index_id", true), bit("is_disabled", false), bit("is_not_for_replication", false),
        bit("is_not_trusted", false), tinyint("delete_referential_action", true), nvarchar("delete_referential_action_desc", 60, true),
        tinyint("update_referential_action", true), nvarchar("update_referential_action_desc", 60, true),
        bit("is_system_named", false))),
    CHECK("check_constraints", List.of(
        bit("is_disabled", false), bit("is_not_for_replication", false), bit("is_not_trusted", false),
        integer("parent_column_id", false),
        new ResultColumn("definition", SqlTypes.NVARCHAR_MAX, true), bit("uses_database_collation", false))),
    DEFAULT("default_constraints", List.of(
        integer("parent_column_id", false), new ResultColumn("definition", SqlTypes.NVARCHAR_MAX, true)));

    final String view;
    final List<ResultColumn> columns;

    Kind(String view, List<ResultColumn> extra) {
      this.view = view;
      List<ResultColumn> all = new ArrayList<>(OBJECT);
      all.addAll(extra);
      this.columns = List.copyOf(all);
    }
  }

  private final Kind kind;

  private ConstraintsView(Kind kind) {
    this.kind = kind;
  }

  static List<SystemView> all() {
    return List.of(
        new ConstraintsView(Kind.KEY), new ConstraintsView(Kind.FOREIGN), new ConstraintsView(Kind.CHECK),
        new ConstraintsView(Kind.DEFAULT));
  }

  @Override
  public String name() {
    return kind.view;
  }

  @Override
  public List<ResultColumn> columns() {
    return kind.columns;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    dev.quern.catalog.meta.Metadata md = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (!(e.object() instanceof Table t)) {
        continue;
      }
      for (Constraint c : t.constraints()) {
        Object[] extra = extra(md, t, c);
        if (extra == null) {
          continue;
        }
        String type = c.typeCode();
        Object[] row = new Object[OBJECT.size() + extra.length];
        Object[] head = ObjectsView.row(c.name(), c.objectId(), SchemaIds.visible(e.schema()), t.id(), type, e.dates(), false);
        System.arraycopy(head, 0, row, 0, head.length);
        System.arraycopy(extra, 0, row, head.length, extra.length);
        out.add(row);
      }
    }
    return out;
  }

  /** The kind's own columns of {@code c}; null when {@code c} is not of the kind. */
  private Object[] extra(dev.quern.catalog.meta.Metadata md, Table t, Constraint c) {
    return switch (kind) {
      case KEY -> switch (c) {
        case Constraint.PrimaryKey p -> new Object[] {p.indexId(), false};
        case Constraint.Unique u -> new Object[] {u.indexId(), false};
        default -> null;
      };
      case FOREIGN -> c instanceof Constraint.ForeignKey f
          ? new Object[] {f.refTableId(), ReferencedKeyIndex.of(md, t, f), f.disabled(), false, f.notTrusted(),
            action(f.onDelete()), actionText(f.onDelete()), action(f.onUpdate()), actionText(f.onUpdate()), false}
          : null;
      case CHECK -> c instanceof Constraint.Check k
          ? new Object[] {k.disabled(), false, k.notTrusted(), k.columnId(), definition(k.expression()),
            CollationDependence.of(t, definition(k.expression()))}
          : null;
      case DEFAULT -> c instanceof Constraint.Default d ? new Object[] {d.columnId(), definition(d.expression())} : null;
    };
  }

  /** As SQL Server shows a stored expression: {@code ([id]>(0))} (see DefinitionText). */
  private static String definition(String stored) {
    return ConstraintDefinition.of(stored);
  }

  private static int action(dev.quern.catalog.meta.FkAction a) {
    return a.ordinal(); // NO_ACTION 0, CASCADE 1, SET_NULL 2, SET_DEFAULT 3, as SQL Server numbers them
  }

  private static String actionText(dev.quern.catalog.meta.FkAction a) {
    return a.name();
  }
}
