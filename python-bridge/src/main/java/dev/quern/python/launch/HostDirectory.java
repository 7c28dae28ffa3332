package dev.quern.python.launch;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A host's directory (its control socket, its satellites' working directories), deleted once the
 * host and every satellite it started have let go of it. Being empty is no sign that nobody needs
 * it any more: a satellite kept for its session has nothing there between its last call's
 * directory (which Java deletes) and the spare it prepares for the next call, and it cannot make
 * the directory again (the work root belongs to the server's account). ExternalScriptChaosIT found
 * such a satellite failing its session's next call after its killed host's directory went.
 */
final class HostDirectory {
  private final Path path;
  /** The host, until its socket closes, and each satellite it started, until its cleanup. */
  private final AtomicInteger holders = new AtomicInteger(1);

  HostDirectory(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** One more satellite works in it. */
  void hold() {
    holders.incrementAndGet();
  }

  /** The host or one of its satellites is done with it: the last deletes it, with what is left in it. */
  void release() {
    if (holders.decrementAndGet() == 0) {
      PythonSatellite.deleteTree(path);
    }
  }
}
