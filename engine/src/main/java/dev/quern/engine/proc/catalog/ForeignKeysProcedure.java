package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sp_fkeys [@pktable_name =] 'pktable' [, [@pktable_owner =] 'owner'] [,
 * [@pktable_qualifier =] 'qualifier'] {, [@fktable_name =] 'fktable'} [, [@fktable_owner =]
 * 'owner'] [, [@fktable_qualifier =] 'qualifier']} ("sp_fkeys (Transact-SQL)"): SQLForeignKeys
 * and getImportedKeys/getExportedKeys. One row per column of each foreign key that references the
 * primary key table and/or sits on the foreign key table (at least one of the two is required:
 * 201 for @pktable_name otherwise). UPDATE_RULE and DELETE_RULE are 0 CASCADE, 1 NO ACTION,
 * 2 SET NULL, 3 SET DEFAULT; DEFERRABILITY 7 (not deferrable); PK_NAME names the primary key or
 * unique constraint whose columns the foreign key references. Ordered by the foreign key table
 * and KEY_SEQ.
 */
public final class ForeignKeysProcedure implements SystemProcedure {
  private static final int NOT_DEFERRABLE = 7;
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("PKTABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("PKTABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("PKTABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("PKCOLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("FKTABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("FKTABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("FKTABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("FKCOLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("KEY_SEQ", SqlTypes.SMALLINT, true),
          new ResultColumn("UPDATE_RULE", SqlTypes.SMALLINT, true),
          new ResultColumn("DELETE_RULE", SqlTypes.SMALLINT, true),
          new ResultColumn("FK_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("PK_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("DEFERRABILITY", SqlTypes.SMALLINT, true));
  private static final List<String> PARAMETERS =
      List.of("@pktable_name", "@pktable_owner", "@pktable_qualifier", "@fktable_name", "@fktable_owner",
          "@fktable_qualifier");

  @Override
  public String name() {
    return "sp_fkeys";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String pkTable = a.string(0);
    String fkTable = a.string(3);
    if (pkTable == null && fkTable == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@pktable_name");
    }
    String qualifier = a.string(2) != null ? a.string(2) : a.string(5);
    CatalogScope scope = CatalogScope.of(host.state(), qualifier);
    List<CatalogScope.Entry> referenced = pkTable == null ? null : scope.objects(pkTable, a.string(1), false);
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : scope.objects(fkTable, a.string(4), false)) {
      if (e.object() instanceof Table t) {
        for (Constraint c : t.constraints()) {
          if (c instanceof Constraint.ForeignKey fk) {
            addRows(scope, e, t, fk, referenced, rows);
          }
        }
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[5], String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> (String) r[6], String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> (String) r[11], String.CASE_INSENSITIVE_ORDER)
        .thenComparingInt(r -> (Integer) r[8]));
    host.sink().columns(COLUMNS);
    rows.forEach(host.sink()::row);
    host.sink().done(rows.size(), true);
    return 0;
  }

  private static void addRows(CatalogScope scope, CatalogScope.Entry fkEntry, Table fkTable, Constraint.ForeignKey fk,
      List<CatalogScope.Entry> referenced, List<Object[]> rows) {
    Table pkTable = scope.metadata().object(fk.refTableId()).orElse(null) instanceof Table t ? t : null;
    if (pkTable == null || (referenced != null
        && referenced.stream().noneMatch(r -> r.object().id() == pkTable.id()))) {
      return;
    }
    String pkOwner = scope.schemaName(pkTable.schemaId());
    String pkName = referencedKey(pkTable, fk.refColumns());
    for (int i = 0; i < fk.columns().size(); i++) {
      rows.add(new Object[] {scope.databaseName(), pkOwner, pkTable.name(),
          pkTable.columnById(fk.refColumns().get(i)).name(), scope.databaseName(), fkEntry.schema().name(),
          fkTable.name(), fkTable.columnById(fk.columns().get(i)).name(), i + 1, rule(fk.onUpdate()),
          rule(fk.onDelete()), fk.name(), pkName, NOT_DEFERRABLE});
    }
  }

  private static int rule(FkAction action) {
    return switch (action) {
      case CASCADE -> 0;
      case NO_ACTION -> 1;
      case SET_NULL -> 2;
      case SET_DEFAULT -> 3;
    };
  }

  /** The primary key or unique constraint over exactly {@code columns}, as the reference needs one. */
  public static String referencedKey(Table t, List<Integer> columns) {
    for (Constraint c : t.constraints()) {
      int indexId = c instanceof Constraint.PrimaryKey pk ? pk.indexId()
          : c instanceof Constraint.Unique uq ? uq.indexId() : -1;
      Index index = indexId < 0 ? null : t.index(indexId).orElse(null);
      if (index != null && index.keys().stream().map(IndexColumn::columnId).sorted().toList()
          .equals(columns.stream().sorted().toList())) {
        return c.name();
      }
    }
    return null;
  }
}
