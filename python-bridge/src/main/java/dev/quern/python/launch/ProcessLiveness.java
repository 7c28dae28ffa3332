package dev.quern.python.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process can still serve: alive, and not already doomed. A SIGKILL that was sent but
 * has not yet taken effect (the process waits for a core; on a loaded machine that takes
 * milliseconds) leaves the process looking alive to {@link ProcessHandle#isAlive}; Linux shows the
 * signal pending in {@code /proc/<pid>/status} until then. A satellite kept for its session is
 * checked this way before the session's next call, so that a kill sent before that call never
 * fails it.
 */
final class ProcessLiveness {
  /** SIGKILL's bit in the pending-signal masks (signal n is bit n - 1). */
  private static final long SIGKILL_BIT = 1L << (9 - 1);

  private ProcessLiveness() {}

  /** False when the process is gone, a zombie, or has SIGKILL pending; true when unsure. */
  static boolean usable(long pid) {
    String status;
    try {
      status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
    } catch (IOException e) {
      return false; // gone (or no /proc: ProcessHandle's own check then decides)
    }
    for (String line : status.split("\n")) {
      if (line.startsWith("State:")) {
        String state = line.substring("State:".length()).strip();
        if (state.startsWith("Z") || state.startsWith("X")) {
          return false;
        }
      }
      if ((line.startsWith("SigPnd:") || line.startsWith("ShdPnd:")) && (mask(line) & SIGKILL_BIT) != 0) {
        return false;
      }
    }
    return true;
  }

  private static long mask(String line) {
    try {
      return Long.parseUnsignedLong(line.substring(line.indexOf(':') + 1).strip(), 16);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
