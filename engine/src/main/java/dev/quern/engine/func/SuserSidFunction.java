package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * SUSER_SID([login]) ("SUSER_SID (Transact-SQL)"): the login's security identification number as
 * varbinary(85), the current login's without an argument, NULL for a name that is no login. Quern's
 * sids are principal ids (sa 0x01, created logins four bytes).
 */
final class SuserSidFunction extends BuiltinFunction {
  private static final SqlType SID = SqlType.ofLength(TypeId.VARBINARY, 85);

  SuserSidFunction() {
    super("SUSER_SID", 0, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SID;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return a.size() == 0 ? ctx.loginSid() : ctx.serverPrincipalSid(a.string(0)).orElse(null);
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
