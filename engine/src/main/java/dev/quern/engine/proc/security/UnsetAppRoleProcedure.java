package dev.quern.engine.proc.security;

import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionSecurity;
import java.security.MessageDigest;
import java.util.List;

/**
 * {@code sp_unsetapprole @cookie} ("sp_unsetapprole (Transact-SQL)"): back to the security context
 * from before sp_setapprole, given the cookie it returned. No application role in force, one set
 * without a cookie, or another cookie: 15592. At the ad hoc level only, as sp_setapprole (15432,
 * 15422).
 */
final class UnsetAppRoleProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_unsetapprole";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@cookie"), name());
    ProcArg arg = a.arg(0);
    if (arg == null) {
      a.required(0, "@cookie");
    }
    if (host.state().inParameterized()) {
      throw PrincipalProcedureErrors.AD_HOC_PROCEDURE.raise("sys.sp_unsetapprole");
    }
    if (host.state().nestLevel() > 0 || host.state().security().inModule()) {
      throw PrincipalProcedureErrors.APPLICATION_ROLE_AD_HOC_ONLY.raise();
    }
    byte[] cookie = arg.value() instanceof byte[] b ? b : null;
    SessionSecurity security = host.state().security();
    byte[] expected = security.applicationRole().map(SessionSecurity.Context::cookie).orElse(null);
    // Compared in constant time: the cookie is the only secret between a session and its old context.
    if (expected == null || cookie == null || !MessageDigest.isEqual(expected, cookie)) {
      throw PrincipalProcedureErrors.CANNOT_UNSET_APPLICATION_ROLE.raise();
    }
    security.pop();
    return 0;
  }
}
