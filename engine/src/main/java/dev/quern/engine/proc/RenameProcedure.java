package dev.quern.engine.proc;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * sp_rename @objname, @newname [, @objtype]: renames a table, view, sequence or constraint
 * (OBJECT), a column ('table.column', COLUMN) or an index ('table.index', INDEX), in a statement
 * of its own, with SQL Server's caution message.
 */
final class RenameProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_rename";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String objName = arg(args, 0, "@objname");
    String newName = arg(args, 1, "@newname");
    String type = args.size() > 2 && args.get(2).value() != null ? args.get(2).value().toString().trim().toUpperCase(Locale.ROOT) : null;
    if (objName == null || newName == null) {
      throw SqlErrors.RENAME_AMBIGUOUS.raise(type == null ? "(null)" : type);
    }
    SessionState state = host.state();
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    try {
      rename(state, store, objName, newName, type);
      ok = true;
    } finally {
      store.endStatement(ok);
    }
    host.sink().message(SqlErrors.RENAME_CAUTION.message());
    return 0;
  }

  private static String arg(List<ProcArg> args, int position, String name) {
    for (ProcArg a : args) {
      if (a.name() != null && a.name().equalsIgnoreCase(name)) {
        return a.value() == null ? null : a.value().toString();
      }
    }
    if (position < args.size() && args.get(position).name() == null) {
      Object v = args.get(position).value();
      return v == null ? null : v.toString();
    }
    return null;
  }

  private static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.startsWith("[") && t.endsWith("]") && t.length() >= 2) {
        t = t.substring(1, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }

  private static void rename(SessionState state, StoreSession store, String objName, String newName, String type) {
    List<String> parts = parts(objName);
    boolean column = "COLUMN".equals(type);
    boolean index = "INDEX".equals(type);
    if (type != null && !column && !index && !"OBJECT".equals(type)) {
      throw SqlErrors.RENAME_AMBIGUOUS.raise(type);
    }
    if (column || index) {
      if (parts.size() < 2) {
        throw SqlErrors.RENAME_AMBIGUOUS.raise(type);
      }
      var t = ObjectNames.table(store, state.databaseName(), parts.subList(0, parts.size() - 1))
          .orElseThrow(() -> SqlErrors.RENAME_AMBIGUOUS.raise(type));
      Table table = t.table();
      String item = parts.getLast();
      Table changed;
      if (column) {
        Column c = table.column(item).orElseThrow(() -> SqlErrors.RENAME_AMBIGUOUS.raise(type));
        dev.quern.engine.sys.SchemaBinding.checkRenamable(state, table, c, objName);
        if (table.column(newName).isPresent()) {
          throw SqlErrors.RENAME_TAKEN.raise(newName, "column");
        }
        changed = table.withColumns(table.columns().stream().map(x -> x == c ? c.withName(newName) : x).toList());
        changed = dev.quern.engine.store.ColumnRenames.apply(changed, c.name(), newName);
      } else {
        Index i = table.index(item).orElseThrow(() -> SqlErrors.RENAME_AMBIGUOUS.raise(type));
        if (table.index(newName).isPresent()) {
          throw SqlErrors.RENAME_TAKEN.raise(newName, "index");
        }
        changed = table.withIndexes(table.indexes().stream().map(x -> x == i ? i.withName(newName) : x).toList());
      }
      alter(store, t.catalog(), changed);
      return;
    }
    var target = ObjectNames.target(store, state.databaseName(), parts)
        .orElseThrow(() -> SqlErrors.RENAME_NOT_FOUND.raise(objName, state.databaseName()));
    Catalog catalog = target.catalog();
    Metadata md = store.metadata(catalog);
    if (md.nameTaken(target.schema().id(), newName)) {
      throw SqlErrors.RENAME_TAKEN.raise(newName, "object");
    }
    var object = md.object(target.schema().id(), target.name());
    if (object.isPresent()) {
      SchemaObject o = object.get();
      dev.quern.engine.sys.SchemaBinding.checkRenamable(state, o, null, objName);
      SchemaObject renamed = switch (o) {
        case Table t -> t.withName(newName);
        case View v -> v.renamed(newName);
        case Sequence s -> s.renamed(newName);
        case dev.quern.catalog.meta.Procedure p -> p.renamed(newName);
        case dev.quern.catalog.meta.UserFunction f -> f.renamed(newName);
        case dev.quern.catalog.meta.Trigger t -> t.renamed(newName);
        case dev.quern.catalog.meta.Synonym s ->
            new dev.quern.catalog.meta.Synonym(s.id(), s.schemaId(), newName, s.baseObjectName());
      };
      alter(store, catalog, renamed);
      if (o instanceof View v) {
        // An indexed view's stored rows follow its name.
        md.table(v.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(v.name())).ifPresent(rows ->
            alter(store, catalog, rows.withName(dev.quern.catalog.meta.IndexedViewRows.tableName(newName))));
      }
      return;
    }
    var owned = md.constraint(target.schema().id(), target.name())
        .orElseThrow(() -> SqlErrors.RENAME_NOT_FOUND.raise(objName, state.databaseName()));
    Table table = owned.table();
    Constraint c = owned.constraint();
    Constraint renamed = switch (c) {
      case Constraint.PrimaryKey pk -> new Constraint.PrimaryKey(pk.objectId(), newName, pk.indexId());
      case Constraint.Unique uq -> new Constraint.Unique(uq.objectId(), newName, uq.indexId());
      case Constraint.ForeignKey fk -> fk.renamed(newName);
      case Constraint.Check ck -> ck.with(newName, ck.expression());
      case Constraint.Default df -> new Constraint.Default(df.objectId(), newName, df.columnId(), df.expression());
    };
    Table changed = table.withConstraints(table.constraints().stream().map(x -> x == c ? renamed : x).toList());
    int indexId = c instanceof Constraint.PrimaryKey pk ? pk.indexId() : c instanceof Constraint.Unique uq ? uq.indexId() : -1;
    if (indexId >= 0) {
      changed = changed.withIndexes(changed.indexes().stream()
          .map(i -> i.indexId() == indexId ? i.withName(newName) : i).toList());
    }
    alter(store, catalog, changed);
  }

  private static void alter(StoreSession store, Catalog catalog, SchemaObject changed) {
    catalog.alterObject(store.txn(catalog), changed);
    store.markDdl();
  }
}
