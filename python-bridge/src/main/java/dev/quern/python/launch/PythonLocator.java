package dev.quern.python.launch;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Python interpreter: env {@code QUERN_PYTHON}, else system property {@code
 * quern.python}, else {@code .venv/bin/python} in the working directory or one of its parents
 * (the Makefile's virtualenv), else {@code python3} from PATH.
 */
public final class PythonLocator {
  private PythonLocator() {}

  public static String find() {
    String env = System.getenv("QUERN_PYTHON");
    if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
      return env;
    }
    String prop = System.getProperty("quern.python");
    if (prop != null && !prop.isBlank()) {
      return prop;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path venv = dir.resolve(".venv/bin/python");
      if (Files.isExecutable(venv)) {
        return venv.toString();
      }
    }
    return "python3";
  }
}
