package dev.quern.python.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a satellite account can reach the interpreter's files (stdlib, site-packages, the
 * quern_satellite package): a script's imports happen after the switch to that account. A Python
 * installed under a private home (e.g. pyenv in /root) cannot be reached; then satellites keep
 * the server's account and a warning says why.
 */
final class InterpreterAccess {
  private static final Logger LOG = LoggerFactory.getLogger(InterpreterAccess.class);
  private static final String PROBE =
      "import sys, importlib.util as u\n"
          + "s = u.find_spec('quern_satellite')\n"
          + "print(sys.base_prefix); print(sys.prefix); print(sys.executable)\n"
          + "print(s.submodule_search_locations[0] if s else '')\n"
          + "print('\\n'.join(p for p in sys.path if p))\n";

  private InterpreterAccess() {}

  /** True when every directory on the interpreter's paths is traversable by {@code account}. */
  static boolean reachable(String python, SatelliteAccount account, String extraPythonPath) {
    List<String> paths;
    try {
      paths = probe(python, extraPythonPath);
    } catch (IOException | InterruptedException e) {
      return true; // The interpreter does not start at all: launching reports that (39021).
    }
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.exists(path) && !traversable(path, account)) {
        LOG.warn(
            "Satellites run as the server's account: '{}' cannot reach {} of the Python runtime {}. "
                + "Install Python where it can, or set -Dquern.satellite.user.",
            account.name(), path, python);
        return false;
      }
    }
    return true;
  }

  private static List<String> probe(String python, String extraPythonPath) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(python, "-c", PROBE).redirectErrorStream(true);
    if (extraPythonPath != null) {
      pb.environment().put("PYTHONPATH", extraPythonPath);
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("probe failed");
    }
    List<String> lines = new ArrayList<>();
    for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    return lines;
  }

  /** Every ancestor directory grants search (x) to the account as owner, group or other. */
  static boolean traversable(Path path, SatelliteAccount account) {
    try {
      for (Path dir = path.toRealPath(); dir != null; dir = dir.getParent()) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class);
        boolean ok;
        if (a.owner().getName().equals(account.name())) {
          ok = a.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
        } else if (Integer.toString(account.gid()).equals(a.group().getName()) || groupGid(dir) == account.gid()) {
          ok = a.permissions().contains(PosixFilePermission.GROUP_EXECUTE);
        } else {
          ok = a.permissions().contains(PosixFilePermission.OTHERS_EXECUTE);
        }
        if (!ok) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int groupGid(Path dir) throws IOException {
    Object gid = Files.getAttribute(dir, "unix:gid");
    return gid instanceof Integer i ? i : -1;
  }
}
