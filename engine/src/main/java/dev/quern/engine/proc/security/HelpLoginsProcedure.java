package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Security;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.proc.security.DatabasePrincipals.Principal;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp_helplogins [[@LoginNamePattern =] 'login']} ("sp_helplogins (Transact-SQL)"): a row per
 * login (sa and the created ones, or the one named: 15007 when there is none) with its sid,
 * default database and language and whether it has a user anywhere (AUser) or a remote login
 * (never here); then, per login and database, its user ('User') and the roles that user is
 * directly in ('MemberOf'). sa is dbo, in db_owner, in every database. Takes securityadmin
 * (15247 otherwise).
 */
final class HelpLoginsProcedure implements SystemProcedure {
  private static final List<ResultColumn> LOGINS = List.of(
      sysname("LoginName"), column("SID", SecurityResults.SID), sysname("DefDBName"), sysname("DefLangName"),
      column("AUser", SqlType.ofLength(TypeId.CHAR, 5)), column("ARemote", SqlType.ofLength(TypeId.CHAR, 7)));
  private static final List<ResultColumn> USERS = List.of(
      sysname("LoginName"), sysname("DBName"), sysname("UserName"), column("UserOrAlias", SqlType.ofLength(TypeId.CHAR, 8)));

  // The flag columns are char(n): their values are sent blank-padded, as a char column holds them.

  /** A login as the report lists it. */
  private record Entry(String name, byte[] sid, String defaultDatabase) {}

  @Override
  public String name() {
    return "sp_helplogins";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String pattern = CatalogArguments.bind(args, List.of("@loginnamepattern"), name()).string(0);
    SessionState state = host.state();
    if (!state.isSysadmin() && !state.isServerRoleMember("securityadmin").orElse(false)) {
      throw SecurityErrors.NO_PERMISSION.raise();
    }
    Security sec = state.securityRecords();
    List<Entry> logins = logins(sec).stream().filter(l -> pattern == null || l.name().equalsIgnoreCase(pattern)).toList();
    if (pattern != null && logins.isEmpty()) {
      throw SecurityErrors.NOT_A_VALID_LOGIN.raise(pattern);
    }
    List<Databases.Database> databases = state.server().databases().all().stream()
        .sorted(Comparator.comparing(Databases.Database::name, String.CASE_INSENSITIVE_ORDER)).toList();
    List<Object[]> first = new ArrayList<>();
    List<Object[]> second = new ArrayList<>();
    for (Entry l : logins) {
      int before = second.size();
      for (Databases.Database db : databases) {
        DatabasePrincipals all = DatabasePrincipals.of(sec, db.id());
        user(all, l).ifPresent(u -> {
          second.add(new Object[] {l.name(), db.name(), u.name(), "User    "});
          all.rolesOf(u.id()).forEach(r -> second.add(new Object[] {l.name(), db.name(), r.name(), "MemberOf"}));
        });
      }
      first.add(new Object[] {l.name(), l.sid(), l.defaultDatabase(), "us_english", second.size() > before ? "yes  " : "no   ", "no     "});
    }
    SecurityResults.send(host.sink(), LOGINS, first);
    SecurityResults.send(host.sink(), USERS, second);
    return 0;
  }

  private static List<Entry> logins(Security sec) {
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(Principals.SA, new byte[] {Principals.SA_ID}, "master"));
    for (Login l : sec.logins()) {
      out.add(new Entry(l.name(), l.sid(), l.defaultDatabase()));
    }
    out.sort(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER));
    return out;
  }

  /** The user the login maps to by sid in one database (dbo for sa). */
  private static Optional<Principal> user(DatabasePrincipals all, Entry login) {
    return all.ofType('S').stream().filter(p -> p.sid() != null && java.util.Arrays.equals(p.sid(), login.sid())).findFirst();
  }
}
