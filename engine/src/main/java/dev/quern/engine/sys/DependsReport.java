package dev.quern.engine.sys;

import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * sp_depends' two lists for one object of the current database ("sp_depends (Transact-SQL)"):
 * the objects it references that exist now, a row per column used (name as schema.name, type as
 * spt_values names it, updated and selected as yes/no), and the modules that reference it.
 */
public record DependsReport(List<Object[]> references, List<Object[]> referencedBy) {
  /** The report for the object with {@code objectId}. */
  public static DependsReport of(SessionState session, int objectId) {
    Dependencies.Objects all = Dependencies.objects(session);
    List<Object[]> references = new ArrayList<>();
    List<Object[]> referencedBy = new ArrayList<>();
    for (CatalogObjects.Entry e : all.list()) {
      if (dev.quern.engine.store.ObjectNames.definitionOf(e.object()) == null) {
        continue;
      }
      Dependencies.Module m = Dependencies.of(session, e, all);
      for (Dependencies.Reference r : m.references()) {
        if (r.target() == null) {
          continue;
        }
        if (e.object().id() == objectId) {
          references(r, references);
        }
        if (r.target().id() == objectId && referencedBy.stream().noneMatch(row -> row[2].equals(e.object().id()))) {
          referencedBy.add(new Object[] {e.schema().name() + "." + e.object().name(), type(e.object()), e.object().id()});
        }
      }
    }
    return new DependsReport(references, referencedBy.stream().map(row -> new Object[] {row[0], row[1]}).toList());
  }

  private static void references(Dependencies.Reference r, List<Object[]> out) {
    String name = r.targetSchema() + "." + r.target().name();
    String type = type(r.target());
    var u = r.usage();
    if (r.columns().isEmpty()) {
      out.add(new Object[] {name, type, yesNo(u.updated), yesNo(u.selected && !u.executed), null});
    }
    r.columns().forEach((c, use) -> out.add(new Object[] {name, type, yesNo(use.updated()), yesNo(use.selected()), c.name()}));
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  /** The type names of master.dbo.spt_values (type 'O9T') that sp_depends shows. */
  private static String type(SchemaObject o) {
    return switch (o.typeCode().trim()) {
      case "U" -> "user table";
      case "V" -> "view";
      case "P" -> "stored procedure";
      case "FN" -> "scalar function";
      case "IF" -> "inline function";
      case "TF" -> "table function";
      case "TR" -> "trigger";
      default -> CatalogObjects.typeDescription(o.typeCode()).toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
