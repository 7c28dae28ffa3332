package dev.quern.engine.extprop;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ExtendedProperty;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Names;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extended properties of the session's current database whose items still exist, with their
 * level paths: the rows of sys.extended_properties and fn_listextendedproperty.
 */
public final class PropertyListing {
  /** A stored property and the item it is on. */
  public record Entry(ExtendedProperty property, PropertyItem item) {}

  private PropertyListing() {}

  public static List<Entry> entries(SessionState session) {
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    Metadata md = session.store().snapshot(catalog);
    boolean quoted = session.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    PropertyPaths paths = new PropertyPaths(md, session.databaseId(), quoted);
    List<Entry> out = new ArrayList<>();
    for (ExtendedProperty p : md.extendedProperties(session.databaseId())) {
      Optional<PropertyItem> item = paths.itemOf(p);
      item.ifPresent(i -> out.add(new Entry(p, i)));
    }
    return out;
  }

  /**
   * fn_listextendedproperty(name, level0type, level0name, …): the properties (all names when
   * {@code name} is null) of the items at the deepest level whose type is given (the database when
   * none is), a null level name meaning every item of that type. Rows: objtype, objname, name,
   * value (objtype and objname null for the database).
   */
  public static List<Object[]> list(SessionState session, String name, String[] types, String[] names) {
    int depth = 0;
    while (depth < 3 && types[depth] != null) {
      depth++;
    }
    for (int i = depth; i < 3; i++) {
      if (types[i] != null) {
        return List.of(); // a level below one left out names nothing
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (Entry e : entries(session)) {
      if (name != null && !Names.same(name, e.property().name())) {
        continue;
      }
      if (matches(e.item().path(), depth, types, names)) {
        List<Level> path = e.item().path();
        Level last = path.isEmpty() ? null : path.getLast();
        out.add(new Object[] {last == null ? null : last.type(), last == null ? null : last.name(),
            e.property().name(), e.property().value()});
      }
    }
    return out;
  }

  private static boolean matches(List<Level> path, int depth, String[] types, String[] names) {
    if (path.size() != depth) {
      return false;
    }
    for (int i = 0; i < depth; i++) {
      Level l = path.get(i);
      if (!l.type().equals(PropertyPaths.upper(types[i])) || (names[i] != null && !Names.same(names[i], l.name()))) {
        return false;
      }
    }
    return true;
  }
}
