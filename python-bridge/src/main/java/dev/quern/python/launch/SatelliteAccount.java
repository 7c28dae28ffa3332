package dev.quern.python.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An OS account satellites switch to: its name (or numeric uid as text), uid and gid. */
public record SatelliteAccount(String name, int uid, int gid) {

  /** An existing account from /etc/passwd; throws when there is none of that name. */
  public static SatelliteAccount named(String name) {
    return lookup(readPasswd(), name)
        .orElseThrow(() -> new IllegalStateException("no OS account '" + name + "' for satellites"));
  }

  /** The name DMVs show as {@code external_user_name}. */
  public String displayName() {
    return name.chars().allMatch(Character::isDigit) ? "quern_sat_" + name : name;
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
