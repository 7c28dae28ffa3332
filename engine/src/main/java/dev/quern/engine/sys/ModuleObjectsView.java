package dev.quern.engine.sys;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.View;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * sys.procedures and sys.views: the sys.objects rows of one kind of module (stored procedures,
 * views), with the same leading columns tools select from sys.objects.
 */
final class ModuleObjectsView implements SystemView {
  private final String name;
  private final Predicate<SchemaObject> kind;

  private ModuleObjectsView(String name, Predicate<SchemaObject> kind) {
    this.name = name;
    this.kind = kind;
  }

  static ModuleObjectsView procedures() {
    return new ModuleObjectsView("procedures", o -> o instanceof Procedure);
  }

  static ModuleObjectsView views() {
    return new ModuleObjectsView("views", o -> o instanceof View);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResultColumn> columns() {
    return ObjectsView.COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (kind.test(e.object())) {
        String type = e.object().typeCode();
        out.add(ObjectsView.row(e.object().name(), e.object().id(), SchemaIds.visible(e.schema()), 0, type, e.dates(), false));
      }
    }
    return out;
  }
}
