package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ExtendedProcedureAccess;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import java.util.List;

/**
 * {@code xp_logininfo [[@acctname =] 'account'] [, [@option =] 'all' | 'members'] [, [@privilege
 * =] variable OUTPUT]} ("xp_logininfo (Transact-SQL)"): the Windows users and groups that have
 * access to the server, sysadmin only (229). Quern has SQL Server logins alone (no Windows
 * authentication), so no Windows account has access: without an account the result set has its
 * columns and no rows; a named account is one Windows cannot be asked about, which SQL Server
 * answers with 15404 and error code 0x534 (ERROR_NONE_MAPPED: no mapping between account names and
 * security IDs was done). @privilege, when passed, is set to NULL.
 */
final class LoginInfoProcedure implements SystemProcedure {
  /** Windows' ERROR_NONE_MAPPED, which SQL Server shows for an account it cannot look up. */
  private static final int NONE_MAPPED = 0x534;
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("account name", SqlTypes.SYSNAME, true),
      new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 8), true),
      new ResultColumn("privilege", SqlType.ofLength(TypeId.CHAR, 9), true),
      new ResultColumn("mapped login name", SqlTypes.SYSNAME, true),
      new ResultColumn("permission path", SqlTypes.SYSNAME, true));
  private static final List<String> PARAMETERS = List.of("@acctname", "@option", "@privilege");

  @Override
  public String name() {
    return "xp_logininfo";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ExtendedProcedureAccess.requireSysadmin(host, name());
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    ProcArg privilege = a.arg(2);
    if (privilege != null && privilege.output()) {
      privilege.setOutput(null, privilege.type());
    }
    String account = a.string(0);
    if (account != null) {
      throw CatalogProcedureErrors.WINDOWS_ACCOUNT_UNKNOWN.raise(account, "0x" + Integer.toHexString(NONE_MAPPED));
    }
    HostProcedures.result(host.sink(), COLUMNS, List.of());
    return 0;
  }
}
