package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.database_principals ("sys.database_principals (Transact-SQL)"): the users and roles every
 * database has ({@link Principals}). dbo maps to the sa login (sid 0x01, authentication INSTANCE);
 * guest's sid is 0x00; INFORMATION_SCHEMA and sys have none (NULL), as in SQL Server. The roles'
 * SIDs, long generated values in SQL Server, are NULL here. Roles are owned by dbo. The users and
 * roles made with CREATE USER / CREATE ROLE follow; a user mapped to a login carries its sid. An
 * application role (type A) has its default schema, no owner and no sid.
 */
final class DatabasePrincipalsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("principal_id", false),
          new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 1), false), nvarchar("type_desc", 60, true),
          sysname("default_schema_name", true), datetime("create_date", false), datetime("modify_date", false),
          integer("owning_principal_id", true), varbinary("sid", 85, true), bit("is_fixed_role", false),
          integer("authentication_type", false), nvarchar("authentication_type_desc", 60, true),
          sysname("default_language_name", true), integer("default_language_lcid", true),
          bit("allow_encrypted_value_modifications", false));

  @Override
  public String name() {
    return "database_principals";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Principals.DatabasePrincipal p : Principals.database()) {
      boolean dbo = p.id() == 1;
      byte[] sid = dbo ? new byte[] {Principals.SA_ID} : p.name().equals("guest") ? new byte[] {0} : null;
      out.add(new Object[] {p.name(), p.id(), p.type(), p.typeDescription(), p.defaultSchema(),
          ServerPrincipalsView.CREATED, ServerPrincipalsView.CREATED, p.type().equals("R") ? 1 : null, sid,
          p.fixedRole(), dbo ? 1 : 0, dbo ? "INSTANCE" : "NONE", null, null, false});
    }
    for (dev.quern.catalog.meta.DbPrincipal p : session.securityRecords().principals(session.databaseId())) {
      boolean role = p.isRole();
      boolean mapped = p.sid() != null;
      String description = role ? "DATABASE_ROLE" : p.isApplicationRole() ? "APPLICATION_ROLE" : "SQL_USER";
      out.add(new Object[] {p.name(), p.id(), String.valueOf(p.type()), description,
          p.defaultSchema(), ServerPrincipalsView.date(p.createdMillis()), ServerPrincipalsView.date(p.modifiedMillis()),
          role ? p.ownerId() : null, p.sid(), false, mapped ? 1 : 0, mapped ? "INSTANCE" : "NONE", null, null, false});
    }
    return out;
  }
}
