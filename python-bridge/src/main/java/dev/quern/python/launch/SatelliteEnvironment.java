package dev.quern.python.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The environment satellites get: a whitelist, so no server secret (passwords, keys, tokens in
 * the server's environment) reaches a user script. HOME and TMPDIR point at the working directory.
 */
public final class SatelliteEnvironment {
  /** Variables copied from the server's environment when set. */
  public static final List<String> WHITELIST =
      List.of("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS");

  private SatelliteEnvironment() {}

  /** Replaces {@code env}'s contents with the satellite environment. */
  public static void apply(Map<String, String> env, Path workDir, String extraPythonPath) {
    Map<String, String> server = System.getenv();
    env.clear();
    for (String k : WHITELIST) {
      String v = server.get(k);
      if (v != null) {
        env.put(k, v);
      }
    }
    env.putIfAbsent("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("HOME", workDir.toString());
    env.put("TMPDIR", workDir.toString());
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    env.put("PYTHONUNBUFFERED", "1");
    if (extraPythonPath != null) {
      env.put("PYTHONPATH", extraPythonPath);
    }
  }
}
