package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sys.database_permissions ("sys.database_permissions (Transact-SQL)"): the permissions granted or
 * denied in the current database with GRANT and DENY, with SQL Server's class and type codes. The
 * implicit permissions SQL Server also lists (public's on system objects) are not rows here.
 */
final class DatabasePermissionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          tinyint("class", false), nvarchar("class_desc", 60, true), integer("major_id", false),
          integer("minor_id", false), integer("grantee_principal_id", false), integer("grantor_principal_id", false),
          new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 4), false), nvarchar("permission_name", 128, true),
          new ResultColumn("state", SqlType.ofLength(TypeId.CHAR, 1), false), nvarchar("state_desc", 60, true));

  /** The type codes of "sys.database_permissions": four characters, blank-padded. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("SELECT", "SL"), Map.entry("INSERT", "IN"), Map.entry("UPDATE", "UP"), Map.entry("DELETE", "DL"),
      Map.entry("EXECUTE", "EX"), Map.entry("REFERENCES", "RF"), Map.entry("CONTROL", "CL"), Map.entry("ALTER", "AL"),
      Map.entry("VIEW DEFINITION", "VW"), Map.entry("TAKE OWNERSHIP", "TO"), Map.entry("VIEW CHANGE TRACKING", "VWCT"),
      Map.entry("CREATE TABLE", "CRTB"), Map.entry("CREATE VIEW", "CRVW"), Map.entry("CREATE PROCEDURE", "CRPR"),
      Map.entry("CREATE FUNCTION", "CRFN"), Map.entry("CREATE SCHEMA", "CRSC"), Map.entry("CREATE ROLE", "CRRL"),
      Map.entry("CREATE SEQUENCE", "CRSO"), Map.entry("CONNECT", "CO"), Map.entry("EXECUTE ANY EXTERNAL SCRIPT", "EAES"),
      Map.entry("ALTER ANY USER", "ALUS"), Map.entry("ALTER ANY ROLE", "ALRL"), Map.entry("ALTER ANY SCHEMA", "ALSC"),
      Map.entry("SHOWPLAN", "SPLN"), Map.entry("VIEW DATABASE STATE", "VWDS"), Map.entry("CREATE EXTERNAL LIBRARY", "CREL"),
      Map.entry("ALTER ANY EXTERNAL LIBRARY", "ALEL"), Map.entry("CREATE CERTIFICATE", "CRCF"),
      Map.entry("ALTER ANY SYMMETRIC KEY", "ALSK"), Map.entry("CREATE XML SCHEMA COLLECTION", "CRXS"));

  @Override
  public String name() {
    return "database_permissions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    var schemas = CatalogObjects.metadata(session).schemas(session.databaseId());
    for (Permission p : session.securityRecords().permissions(session.databaseId())) {
      int major = p.classId() == Permission.SCHEMA ? SchemaIds.visible(schemas, p.majorId()) : p.majorId();
      String classDesc = switch (p.classId()) {
        case Permission.DATABASE -> "DATABASE";
        case Permission.SCHEMA -> "SCHEMA";
        case Permission.SYMMETRIC_KEY -> "SYMMETRIC_KEYS";
        case Permission.CERTIFICATE -> "CERTIFICATE";
        case Permission.XML_SCHEMA_COLLECTION -> "XML_SCHEMA_COLLECTION";
        default -> "OBJECT_OR_COLUMN";
      };
      String state = switch (p.state()) {
        case 'D' -> "DENY";
        case 'W' -> "GRANT_WITH_GRANT_OPTION";
        default -> "GRANT";
      };
      String type = String.format("%-4s", TYPES.getOrDefault(p.permission(), p.permission()));
      out.add(new Object[] {p.classId(), classDesc, major, p.minorId(), p.granteeId(), p.grantorId(), type,
          p.permission(), String.valueOf(p.state()), state});
    }
    return out;
  }
}
