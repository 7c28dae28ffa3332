package dev.quern.engine.proc.catalog;

import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.security.NestedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The privileges sp_table_privileges and sp_column_privileges report for the current database:
 * the owner's implicit ones (grantor and grantee the owning user, grantable) and the GRANTs on
 * objects and their columns as sys.database_permissions lists them (a DENY is no privilege). Read
 * through the catalog views, so the caller sees what it could query itself.
 */
final class ObjectPrivileges {
  /** One granted privilege; {@code columnId} 0 for the whole object. */
  record Grant(int objectId, int columnId, String grantor, String grantee, String privilege, boolean grantable) {}

  private static final String GRANTS = """
      SELECT p.major_id, p.minor_id, gor.name, gee.name, p.permission_name, p.state
      FROM sys.database_permissions p
      JOIN sys.database_principals gee ON gee.principal_id = p.grantee_principal_id
      LEFT JOIN sys.database_principals gor ON gor.principal_id = p.grantor_principal_id
      WHERE p.class = 1 AND p.state IN ('G', 'W')
        AND p.permission_name IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES')""";
  private static final String OWNERS = """
      SELECT o.object_id, dp.name
      FROM sys.objects o
      JOIN sys.schemas s ON s.schema_id = o.schema_id
      JOIN sys.database_principals dp ON dp.principal_id = COALESCE(o.principal_id, s.principal_id)
      WHERE o.type IN ('U', 'V')""";

  private final List<Grant> grants = new ArrayList<>();
  private final Map<Integer, String> owners = new HashMap<>();

  private ObjectPrivileges() {}

  static ObjectPrivileges read(ProcedureHost host) {
    ObjectPrivileges p = new ObjectPrivileges();
    for (Object[] r : NestedQuery.rows(host, GRANTS)) {
      p.grants.add(new Grant(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
          (String) r[4], "W".equals(r[5])));
    }
    for (Object[] r : NestedQuery.rows(host, OWNERS)) {
      p.owners.put(((Number) r[0]).intValue(), (String) r[1]);
    }
    return p;
  }

  /** The owning user of an object, null when the caller cannot see it. */
  String owner(int objectId) {
    return owners.get(objectId);
  }

  /** The explicit grants on an object (whole-object ones and every column's). */
  List<Grant> grantsOn(int objectId) {
    return grants.stream().filter(g -> g.objectId() == objectId).toList();
  }
}
