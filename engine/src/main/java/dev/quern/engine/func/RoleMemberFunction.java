package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Optional;

/**
 * IS_ROLEMEMBER(role [, database_principal]) and IS_SRVROLEMEMBER(role [, login]): 1 when the
 * principal (the session's own without the second argument) is in the role, through nested roles
 * too, 0 when not, NULL when the role or the principal does not exist or an argument is NULL.
 */
final class RoleMemberFunction extends BuiltinFunction {
  private final boolean server;

  private RoleMemberFunction(String name, boolean server) {
    super(name, 1, 2);
    this.server = server;
  }

  static RoleMemberFunction database() {
    return new RoleMemberFunction("IS_ROLEMEMBER", false);
  }

  static RoleMemberFunction server() {
    return new RoleMemberFunction("IS_SRVROLEMEMBER", true);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String role = a.string(0);
    Optional<Boolean> member;
    if (a.size() == 1) {
      member = server ? ctx.isServerRoleMember(role) : ctx.isMember(role);
    } else {
      String principal = a.string(1);
      member = server ? ctx.isServerRoleMember(role, principal) : ctx.isRoleMember(role, principal);
    }
    return member.map(in -> in ? 1 : 0).orElse(null);
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
