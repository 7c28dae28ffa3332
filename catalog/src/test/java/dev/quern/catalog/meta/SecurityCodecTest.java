package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityCodecTest {
  @Test
  void loginRoundTrips() {
    Login l = new Login(256, "ann", new byte[] {0, 0, 1, 0}, "pbkdf2-sha256:1:AA==:AA==", null, true, true, false, 5, 6);
    Login back = SecurityCodec.decodeLogin(SecurityCodec.encode(l));
    assertThat(back).usingRecursiveComparison().isEqualTo(l);
  }

  @Test
  void principalRoundTripsWithAndWithoutSid() {
    DbPrincipal user = new DbPrincipal(5, 7, "ann", 'S', new byte[] {1, 2}, "dbo", 1, 10, 11);
    DbPrincipal role = new DbPrincipal(5, 8, "readers", 'R', null, null, 1, 10, 11);
    assertThat(SecurityCodec.decodeDbPrincipal(SecurityCodec.encode(user))).usingRecursiveComparison().isEqualTo(user);
    assertThat(SecurityCodec.decodeDbPrincipal(SecurityCodec.encode(role))).usingRecursiveComparison().isEqualTo(role);
  }

  @Test
  void applicationRoleRoundTripsWithItsPasswordHash() {
    DbPrincipal app = new DbPrincipal(5, 9, "payroll", 'A', null, "dbo", 1, 10, 11, "pbkdf2-sha256:1:AA==:AA==");
    assertThat(SecurityCodec.decodeDbPrincipal(SecurityCodec.encode(app))).usingRecursiveComparison().isEqualTo(app);
  }

  @Test
  void principalWrittenBeforeApplicationRolesHasNoPassword() {
    DbPrincipal user = new DbPrincipal(5, 7, "ann", 'S', null, "dbo", 1, 10, 11);
    byte[] encoded = SecurityCodec.encode(user);
    // The old form ended after the modification date, without the password's presence byte.
    byte[] old = java.util.Arrays.copyOf(encoded, encoded.length - 1);
    assertThat(SecurityCodec.decodeDbPrincipal(old)).usingRecursiveComparison().isEqualTo(user);
  }

  @Test
  void membershipAndPermissionRoundTrip() {
    RoleMember m = new RoleMember(5, 16390, 7);
    Permission p = new Permission(5, Permission.OBJECT, 1001, 7, "SELECT", 'D', 1);
    assertThat(SecurityCodec.decodeRoleMember(SecurityCodec.encode(m))).isEqualTo(m);
    assertThat(SecurityCodec.decodePermission(SecurityCodec.encode(p))).isEqualTo(p);
  }

  @Test
  void onePermissionRowPerSecurableGranteeAndPermission() {
    Permission grant = new Permission(5, Permission.OBJECT, 1001, 7, "SELECT", 'G', 1);
    Permission deny = new Permission(5, Permission.OBJECT, 1001, 7, "SELECT", 'D', 1);
    Permission other = new Permission(5, Permission.OBJECT, 1001, 7, "INSERT", 'G', 1);
    assertThat(SecurityCodec.key(grant)).isEqualTo(SecurityCodec.key(deny));
    assertThat(SecurityCodec.key(grant)).isNotEqualTo(SecurityCodec.key(other));
  }

  @Test
  void columnPermissionsAreRowsOfTheirOwn() {
    Permission table = new Permission(5, Permission.OBJECT, 1001, 7, "SELECT", 'G', 1);
    Permission column = new Permission(5, Permission.OBJECT, 1001, 2, 7, "SELECT", 'D', 1);
    assertThat(SecurityCodec.decodePermission(SecurityCodec.encode(column))).isEqualTo(column);
    assertThat(SecurityCodec.key(column)).isNotEqualTo(SecurityCodec.key(table));
    assertThat(SecurityCodec.key(column)).isNotEqualTo(
        SecurityCodec.key(new Permission(5, Permission.OBJECT, 1001, 3, 7, "SELECT", 'D', 1)));
  }
}
