package dev.quern.python.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatelliteAccountsTest {
  @Test
  void everyLoginGetsItsOwnStableAccount() {
    SatelliteAccounts a = SatelliteAccounts.perLogin(2_000_000_000);
    SatelliteAccount alice = a.forLogin("alice");
    SatelliteAccount bob = a.forLogin("bob");
    assertThat(alice.uid()).isNotEqualTo(bob.uid()).isGreaterThan(2_000_000_000);
    assertThat(a.forLogin("alice")).isEqualTo(alice);
    assertThat(alice.gid()).isEqualTo(alice.uid());
    assertThat(alice.displayName()).isEqualTo("quern_sat_" + alice.uid());
  }

  @Test
  void aSharedAccountServesEveryLogin() {
    SatelliteAccount nobody = new SatelliteAccount("nobody", 65534, 65534);
    SatelliteAccounts a = SatelliteAccounts.shared(nobody);
    assertThat(a.forLogin("alice")).isEqualTo(nobody).isEqualTo(a.forLogin("bob"));
  }

  @Test
  void passwdLookup() {
    assertThat(SatelliteAccount.lookup(List.of("root:x:0:0::/root:/bin/sh", "nobody:x:65534:65534::/:/bin/false"), "nobody"))
        .contains(new SatelliteAccount("nobody", 65534, 65534));
    assertThat(SatelliteAccount.lookup(List.of("root:x:0:0::/root:/bin/sh"), "quern_sat")).isEmpty();
  }

  @Test
  void traversalNeedsSearchPermissionOnEveryAncestor() throws Exception {
    Path top = Files.createTempDirectory("quern-acc");
    Path inner = Files.createDirectories(top.resolve("a/b"));
    SatelliteAccount other = new SatelliteAccount("2000000123", 2_000_000_123, 2_000_000_123);
    Files.setPosixFilePermissions(top, PosixFilePermissions.fromString("rwx--x--x"));
    Files.setPosixFilePermissions(top.resolve("a"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(InterpreterAccess.traversable(inner, other)).isTrue();
    Files.setPosixFilePermissions(top.resolve("a"), PosixFilePermissions.fromString("rwx------"));
    assertThat(InterpreterAccess.traversable(inner, other)).isFalse();
  }
}
