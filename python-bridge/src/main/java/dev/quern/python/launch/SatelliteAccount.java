package dev.quern.python.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The unprivileged OS account satellites run as when the server runs as root: system property
 * {@code quern.satellite.user} if set, else {@code quern_sat} if that account exists, else {@code
 * nobody}. When the server is not root, satellites run as the server's own user (no switch is
 * possible or needed). The fork server switches to it before importing anything.
 */
public record SatelliteAccount(String name, int uid, int gid) {

  /** The account to switch to, or empty when the server is not root. */
  public static Optional<SatelliteAccount> resolve() {
    if (currentUid() != 0) {
      return Optional.empty();
    }
    List<String> passwd = readPasswd();
    String wanted = System.getProperty("quern.satellite.user");
    for (String name : wanted != null ? List.of(wanted) : List.of("quern_sat", "nobody")) {
      Optional<SatelliteAccount> a = lookup(passwd, name);
      if (a.isPresent()) {
        return a;
      }
    }
    throw new IllegalStateException(
        "running as root but no unprivileged account for satellites (set quern.satellite.user)");
  }

  static Optional<SatelliteAccount> lookup(List<String> passwd, String name) {
    for (String line : passwd) {
      String[] f = line.split(":", -1);
      if (f.length >= 4 && f[0].equals(name)) {
        return Optional.of(new SatelliteAccount(name, Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      }
    }
    return Optional.empty();
  }

  private static List<String> readPasswd() {
    try {
      return Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The real uid of this process, from /proc (no JNI needed). */
  static int currentUid() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("Uid:")) {
          return Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: treat as unprivileged, the safe assumption for not switching users.
    }
    return "root".equals(System.getProperty("user.name")) ? 0 : -1;
  }
}
