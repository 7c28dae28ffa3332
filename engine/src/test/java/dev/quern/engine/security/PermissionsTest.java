package dev.quern.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {
  private static final int DB = 5;
  private static final int ANN = 7;
  private static final int READERS = 8;
  private static final int TABLE = 1001;
  private static final int SCHEMA = 900;
  private static final Permissions.Securable ON_TABLE = new Permissions.Securable(TABLE, SCHEMA);

  private static Permission perm(int grantee, int cls, int major, String name, char state) {
    return new Permission(DB, cls, major, grantee, name, state, 1);
  }

  private static Security records(List<RoleMember> members, Permission... perms) {
    Login ann = new Login(256, "ann", new byte[] {0, 0, 1, 0}, "h", "master", false, true, false, 0, 0);
    DbPrincipal user = new DbPrincipal(DB, ANN, "ann", 'S', ann.sid(), "dbo", 1, 0, 0);
    DbPrincipal role = new DbPrincipal(DB, READERS, "readers", 'R', null, null, 1, 0, 0);
    return Security.of(List.of(ann), List.of(user, role), members, List.of(perms));
  }

  private static DatabaseUser ann(Security sec) {
    return Access.user(sec, Access.login(sec, "ann").orElseThrow(), DB)
        .orElseThrow();
  }

  @Test
  void nothingWithoutAGrant() {
    Security sec = records(List.of());
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "SELECT")).isFalse();
  }

  @Test
  void aGrantOnTheObjectItsSchemaOrTheDatabaseCounts() {
    for (Permission p : List.of(perm(ANN, Permission.OBJECT, TABLE, "SELECT", 'G'),
        perm(ANN, Permission.SCHEMA, SCHEMA, "SELECT", 'G'), perm(ANN, Permission.DATABASE, 0, "SELECT", 'W'),
        perm(ANN, Permission.OBJECT, TABLE, "CONTROL", 'G'))) {
      Security sec = records(List.of(), p);
      assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "SELECT")).as(p.toString()).isTrue();
    }
  }

  @Test
  void aGrantOnAnotherObjectDoesNot() {
    Security sec = records(List.of(), perm(ANN, Permission.OBJECT, TABLE + 1, "SELECT", 'G'));
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "SELECT")).isFalse();
  }

  @Test
  void denyBeatsGrantAtAnyLevelAndThroughARole() {
    Security sec = records(List.of(new RoleMember(DB, READERS, ANN)),
        perm(ANN, Permission.OBJECT, TABLE, "SELECT", 'G'), perm(READERS, Permission.SCHEMA, SCHEMA, "SELECT", 'D'));
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "SELECT")).isFalse();
  }

  @Test
  void fixedRolesImplyAndDeny() {
    Security reader = records(List.of(new RoleMember(DB, Principals.DB_DATAREADER_ID, ANN)));
    assertThat(Permissions.has(reader, ann(reader), DB, ON_TABLE, "SELECT")).isTrue();
    assertThat(Permissions.has(reader, ann(reader), DB, ON_TABLE, "INSERT")).isFalse();
    Security denied = records(List.of(new RoleMember(DB, Principals.DB_DENYDATAREADER_ID, ANN)),
        perm(ANN, Permission.OBJECT, TABLE, "SELECT", 'G'));
    assertThat(Permissions.has(denied, ann(denied), DB, ON_TABLE, "SELECT")).isFalse();
    Security ddl = records(List.of(new RoleMember(DB, Principals.DB_DDLADMIN_ID, ANN)));
    assertThat(Permissions.has(ddl, ann(ddl), DB, Permissions.Securable.DATABASE, "CREATE TABLE")).isTrue();
  }

  @Test
  void dbOwnerHoldsEverythingEvenDenied() {
    Security sec = records(List.of(new RoleMember(DB, READERS, ANN), new RoleMember(DB, Principals.DB_OWNER_ID, READERS)),
        perm(ANN, Permission.OBJECT, TABLE, "SELECT", 'D'));
    DatabaseUser user = ann(sec);
    assertThat(user.roles()).contains(READERS, Principals.DB_OWNER_ID, 0);
    assertThat(Permissions.has(sec, user, DB, ON_TABLE, "SELECT")).isTrue();
  }

  @Test
  void loginsMapToTheirUserElseGuestWhereGuestMayConnect() {
    Security sec = records(List.of());
    LoginIdentity ann = Access.login(sec, "ANN").orElseThrow();
    assertThat(ann.sysadmin()).isFalse();
    assertThat(Access.user(sec, ann, DB).map(DatabaseUser::name)).contains("ann");
    assertThat(Access.user(sec, ann, 1).map(DatabaseUser::name)).contains("guest"); // master
    assertThat(Access.user(sec, ann, 6)).isEmpty(); // a user database without a user for ann
    assertThat(Access.user(sec, LoginIdentity.SA, 6).map(DatabaseUser::roles)).contains(Set.of(0, Principals.DB_OWNER_ID));
  }

  private static Permission column(int grantee, int columnId, String name, char state) {
    return new Permission(DB, Permission.OBJECT, TABLE, columnId, grantee, name, state, 1);
  }

  @Test
  void aColumnGrantReachesThatColumnOnly() {
    Security sec = records(List.of(), column(ANN, 2, "SELECT", 'G'));
    assertThat(Permissions.reach(sec, ann(sec), DB, ON_TABLE, "SELECT")).isEqualTo(Permissions.Reach.PER_COLUMN);
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, 2, "SELECT")).isTrue();
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, 3, "SELECT")).isFalse();
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "SELECT")).isFalse();
  }

  @Test
  void aColumnDenyBeatsATableGrant() {
    Security sec = records(List.of(), perm(ANN, Permission.OBJECT, TABLE, "SELECT", 'G'), column(ANN, 3, "SELECT", 'D'));
    assertThat(Permissions.reach(sec, ann(sec), DB, ON_TABLE, "SELECT")).isEqualTo(Permissions.Reach.PER_COLUMN);
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, 2, "SELECT")).isTrue();
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, 3, "SELECT")).isFalse();
  }

  @Test
  void aTableDenyBeatsAColumnGrant() {
    Security sec = records(List.of(), perm(ANN, Permission.SCHEMA, SCHEMA, "SELECT", 'D'), column(ANN, 2, "SELECT", 'G'));
    assertThat(Permissions.reach(sec, ann(sec), DB, ON_TABLE, "SELECT")).isEqualTo(Permissions.Reach.NONE);
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, 2, "SELECT")).isFalse();
  }

  @Test
  void theSchemaOwnerHoldsEverythingAndCannotBeDenied() {
    Security sec = records(List.of(), perm(ANN, Permission.OBJECT, TABLE, "DELETE", 'D'));
    Permissions.Securable owned = new Permissions.Securable(TABLE, SCHEMA, ANN);
    assertThat(Permissions.has(sec, ann(sec), DB, owned, "DELETE")).isTrue();
    assertThat(Permissions.reach(sec, ann(sec), DB, owned, "SELECT")).isEqualTo(Permissions.Reach.ALL);
    assertThat(Permissions.has(sec, ann(sec), DB, ON_TABLE, "DELETE")).isFalse();
  }

  @Test
  void aRoleOwningTheSchemaGivesItsMembersControl() {
    Security sec = records(List.of(new RoleMember(DB, READERS, ANN)));
    assertThat(Permissions.has(sec, ann(sec), DB, new Permissions.Securable(TABLE, SCHEMA, READERS), "UPDATE")).isTrue();
  }
}
