package dev.quern.engine.proc;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.engine.error.SqlErrors;
import java.util.List;

/**
 * sp_addrolemember / sp_droprolemember @rolename, @membername and sp_addsrvrolemember /
 * sp_dropsrvrolemember @loginame, @rolename (deprecated in SQL Server for ALTER [SERVER] ROLE … ADD |
 * DROP MEMBER, which is what they run here, so errors and permissions are the statement's).
 * Arguments bind by position.
 */
final class RoleMemberProcedure implements SystemProcedure {
  private final String name;
  private final boolean server;
  private final boolean add;

  private RoleMemberProcedure(String name, boolean server, boolean add) {
    this.name = name;
    this.server = server;
    this.add = add;
  }

  static List<SystemProcedure> all() {
    return List.of(
        new RoleMemberProcedure("sp_addrolemember", false, true),
        new RoleMemberProcedure("sp_droprolemember", false, false),
        new RoleMemberProcedure("sp_addsrvrolemember", true, true),
        new RoleMemberProcedure("sp_dropsrvrolemember", true, false));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() != 2 || args.get(0).value() == null || args.get(1).value() == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name, args.isEmpty() ? (server ? "@loginame" : "@rolename")
          : server ? "@rolename" : "@membername");
    }
    String first = args.get(0).value().toString();
    String second = args.get(1).value().toString();
    String role = server ? second : first;
    String member = server ? first : second;
    String sql = "ALTER " + (server ? "SERVER ROLE " : "ROLE ") + bracketed(role) + (add ? " ADD" : " DROP") + " MEMBER "
        + bracketed(member);
    host.run(host.compile(sql, List.of(), ""), new Object[0], name);
    return 0;
  }

}
