package dev.quern.engine.proc.security;

import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.List;

/** The security system procedures of this package, for the registry. */
public final class SecurityProcedures {
  private SecurityProcedures() {}

  public static List<SystemProcedure> all() {
    List<SystemProcedure> all = new ArrayList<>(List.of(
        new SetAppRoleProcedure(),
        new UnsetAppRoleProcedure(),
        new HelpUserProcedure(),
        new HelpLoginsProcedure(),
        new HelpRotectProcedure(),
        new ChangeUsersLoginProcedure()));
    all.addAll(HelpRoleProcedures.all());
    all.addAll(LegacyPrincipalProcedure.all());
    return List.copyOf(all);
  }
}
