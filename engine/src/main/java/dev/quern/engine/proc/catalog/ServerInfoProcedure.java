package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.func.ServerVersion;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * {@code sp_server_info [[@attribute_id =] 'attribute_id']} ("sp_server_info (Transact-SQL)"):
 * the attributes ODBC drivers read at connect (1, 2, 18, 22 and 500) and the others SQL Server
 * lists, for a server under the default case-insensitive collation: identifiers MIXED case,
 * COLLATION_SEQ iso_1 with the case-insensitive sort order 52. DBMS_VER and SYS_SPROC_VERSION
 * carry the version Quern reports as SQL Server ({@link ServerVersion}).
 */
public final class ServerInfoProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("ATTRIBUTE_ID", SqlTypes.INT, false),
          new ResultColumn("ATTRIBUTE_NAME", SqlType.ofLength(TypeId.VARCHAR, 60), false),
          new ResultColumn("ATTRIBUTE_VALUE", SqlType.ofLength(TypeId.VARCHAR, 255), true));

  private static final List<Object[]> ATTRIBUTES =
      List.of(
          new Object[] {1, "DBMS_NAME", "Microsoft SQL Server"},
          new Object[] {2, "DBMS_VER", "Microsoft SQL Server 2022 - " + ServerVersion.PRODUCT_VERSION},
          new Object[] {10, "OWNER_TERM", "owner"},
          new Object[] {11, "TABLE_TERM", "table"},
          new Object[] {12, "MAX_OWNER_NAME_LENGTH", "128"},
          new Object[] {13, "TABLE_LENGTH", "128"},
          new Object[] {14, "MAX_QUAL_LENGTH", "128"},
          new Object[] {15, "COLUMN_LENGTH", "128"},
          new Object[] {16, "IDENTIFIER_CASE", "MIXED"},
          new Object[] {17, "TX_ISOLATION", "2"},
          new Object[] {18, "COLLATION_SEQ", "charset=iso_1 sort_order=nocase_iso charset_num=1 sort_order_num=52"},
          new Object[] {19, "SAVEPOINT_SUPPORT", "Y"},
          new Object[] {20, "MULTI_RESULT_SETS", "Y"},
          new Object[] {22, "ACCESSIBLE_TABLES", "Y"},
          new Object[] {100, "USERID_LENGTH", "128"},
          new Object[] {101, "QUALIFIER_TERM", "database"},
          new Object[] {102, "NAMED_TRANSACTIONS", "Y"},
          new Object[] {103, "SPROC_AS_LANGUAGE", "Y"},
          new Object[] {104, "ACCESSIBLE_SPROC", "Y"},
          new Object[] {105, "MAX_INDEX_COLS", "16"},
          new Object[] {106, "RENAME_TABLE", "Y"},
          new Object[] {107, "RENAME_COLUMN", "Y"},
          new Object[] {108, "DROP_COLUMN", "Y"},
          new Object[] {109, "INCREASE_COLUMN_LENGTH", "Y"},
          new Object[] {110, "DDL_IN_TRANSACTION", "Y"},
          new Object[] {111, "DESCENDING_INDEXES", "Y"},
          new Object[] {112, "SP_RENAME", "Y"},
          new Object[] {113, "REMOTE_SPROC", "Y"},
          new Object[] {500, "SYS_SPROC_VERSION",
              String.format("%d.%02d.%d", ServerVersion.MAJOR, ServerVersion.MINOR, ServerVersion.BUILD)});

  @Override
  public String name() {
    return "sp_server_info";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@attribute_id"), name());
    boolean all = a.string(0) == null;
    int id = a.integer(0, 0);
    HelpProcedure.result(host.sink(), COLUMNS,
        ATTRIBUTES.stream().filter(r -> all || (Integer) r[0] == id).toList());
    return 0;
  }
}
