package dev.quern.engine.sys;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.all_objects (the user objects of sys.objects and the system objects) and
 * sys.system_objects (the system objects alone): the same columns as sys.objects.
 */
final class AllObjectsView implements SystemView {
  private final String name;
  private final boolean user;

  private AllObjectsView(String name, boolean user) {
    this.name = name;
    this.user = user;
  }

  static AllObjectsView allObjects() {
    return new AllObjectsView("all_objects", true);
  }

  static AllObjectsView systemObjects() {
    return new AllObjectsView("system_objects", false);
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
    java.util.Map<String, Integer> schemaIds = new java.util.HashMap<>();
    for (SystemObjects.Entry e : SystemObjects.all()) {
      int schemaId = schemaIds.computeIfAbsent(e.schema(), s -> SystemObjects.schemaId(session, e));
      out.add(ObjectsView.row(e.name(), e.id(), schemaId, 0, e.type(), null, true));
    }
    if (user) {
      out.addAll(new ObjectsView().rows(session));
    }
    return out;
  }
}
