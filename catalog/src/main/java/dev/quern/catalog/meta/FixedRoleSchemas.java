package dev.quern.catalog.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas SQL Server has in every database for its fixed database roles, each owned by its
 * role and shown with the role's principal id as schema_id (db_owner 16384 … db_denydatawriter
 * 16393; "sys.schemas (Transact-SQL)"). The catalog holds one only once an object is created in
 * it ({@link #ofName}); until then the views list it from here, so stores made before need nothing.
 */
public final class FixedRoleSchemas {
  private static final Map<String, Integer> IDS = new LinkedHashMap<>();

  static {
    IDS.put("db_owner", 16384);
    IDS.put("db_accessadmin", 16385);
    IDS.put("db_securityadmin", 16386);
    IDS.put("db_ddladmin", 16387);
    IDS.put("db_backupoperator", 16389);
    IDS.put("db_datareader", 16390);
    IDS.put("db_datawriter", 16391);
    IDS.put("db_denydatareader", 16392);
    IDS.put("db_denydatawriter", 16393);
  }

  private FixedRoleSchemas() {}

  /** The role schema named {@code name} (any case): its canonical name and id, which is also its owner's. */
  public static Optional<Map.Entry<String, Integer>> ofName(String name) {
    return IDS.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst();
  }

  /** Every role schema, in schema_id order. */
  public static List<Map.Entry<String, Integer>> all() {
    return List.copyOf(IDS.entrySet());
  }
}
