package dev.quern.engine.indexedview;

import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.IndexedViewRows;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which indexed views read a table: found from the hidden tables holding views' rows, once per
 * metadata version (a statement that changes a table asks this every time, so it must be a map
 * lookup).
 */
public final class IndexedViews {
  /** An indexed view that reads table {@code changed} refers to, with the table holding its rows. */
  record Reader(IndexedViewShape shape, TableSource.Named changed, Table rows) {}

  /** The readers of each table by id, per metadata version (weak: old versions go with their metadata). */
  private static final Map<Metadata, Map<Integer, List<Reader>>> READERS = Collections.synchronizedMap(new WeakHashMap<>());

  private IndexedViews() {}

  static List<Reader> readers(SessionState state, ResolvedTable t) {
    Metadata md = state.store().metadata(t.catalog());
    return READERS.computeIfAbsent(md, IndexedViews::find).getOrDefault(t.table().id(), List.of());
  }

  /** Whether an indexed view reads table {@code t}. */
  public static boolean readBy(SessionState state, ResolvedTable t) {
    return !readers(state, t).isEmpty();
  }

  /** The name of the first indexed view that reads {@code t} (TRUNCATE's 3729), or null. */
  public static String firstReader(SessionState state, ResolvedTable t) {
    List<Reader> found = readers(state, t);
    return found.isEmpty() ? null : found.getFirst().shape().view().name();
  }

  private static Map<Integer, List<Reader>> find(Metadata md) {
    Map<Integer, List<Reader>> out = new HashMap<>();
    for (Database db : md.databases()) {
      for (Schema s : md.schemas(db.id())) {
        for (SchemaObject o : md.allObjects(s.id())) {
          if (o instanceof Table rows && IndexedViewRows.holdsView(rows.name())
              && md.object(s.id(), IndexedViewRows.viewName(rows.name())).orElse(null) instanceof View view) {
            IndexedViewShape shape = IndexedViewShape.of(view, s.name());
            for (TableSource.Named n : shape.tables()) {
              md.schema(db.id(), n.parts().getFirst()).flatMap(ts -> md.table(ts.id(), n.parts().getLast()))
                  .ifPresent(base -> out.computeIfAbsent(base.id(), k -> new ArrayList<>()).add(new Reader(shape, n, rows)));
            }
          }
        }
      }
    }
    return out;
  }
}
