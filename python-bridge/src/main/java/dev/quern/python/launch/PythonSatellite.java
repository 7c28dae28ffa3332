package dev.quern.python.launch;

import dev.quern.ext.pool.Satellite;
import dev.quern.python.control.ControlChannel;
import dev.quern.python.shm.SharedSegment;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One forked Python child: its pid, control channel and mapped segment. It serves one call, or
 * the successive calls of one session when it says it can (protocol version 5); each call's
 * working directory ({@code <host dir>/<request id>}) is deleted when the call ends.
 *
 * <p>Who frees what: {@link #kill()} may come from another thread (cancellation), so it only
 * signals the process and closes the socket, which wakes the calling thread; the thread running
 * the call unmaps the segment in {@link #dispose()} once it has stopped touching it.
 */
public final class PythonSatellite implements Satellite {
  private final long pid;
  /** Looked up once: each lookup reads /proc, and the handle also tells a reused pid apart. */
  private final Optional<ProcessHandle> process;
  private final ControlChannel channel;
  private final SharedSegment segment;
  private final Path hostDir;
  /** Its host's directory, held until this satellite's cleanup. */
  private final HostDirectory hostDirectory;
  private final Reaper reaper;
  private final AtomicBoolean inCall = new AtomicBoolean();
  private final AtomicBoolean disposed = new AtomicBoolean();
  private volatile Path workDir;
  /** Its last call completed and it said it can serve another (DONE, protocol version 5). */
  private volatile boolean reusable;
  /** {@link #kill} was called: never reused, whatever its last call said. */
  private volatile boolean killed;

  PythonSatellite(long pid, ControlChannel channel, SharedSegment segment, HostDirectory hostDirectory, Reaper reaper) {
    this.pid = pid;
    this.process = ProcessHandle.of(pid);
    this.reaper = reaper;
    this.channel = channel;
    this.segment = segment;
    this.hostDirectory = hostDirectory;
    this.hostDir = hostDirectory.path();
  }

  @Override
  public long pid() {
    return pid;
  }

  public ControlChannel channel() {
    return channel;
  }

  public SharedSegment segment() {
    return segment;
  }

  /** Marks the start of the call using this satellite; {@code directory} names its working directory. */
  public void beginCall(String directory) {
    workDir = hostDir.resolve(directory);
    reusable = false;
    inCall.set(true);
  }

  /**
   * Ends the call it served, from the call's own thread. {@code reusable}: the call completed and
   * the satellite can serve another, so it lives on for its owner to park or close, and only the
   * call's working directory goes (off the caller's path); otherwise it is disposed.
   */
  public void endCall(boolean reusable) {
    if (!reusable || killed) {
      // Killed while the call ended (a cancel racing its end): kill() left the cleanup to us.
      dispose();
      return;
    }
    Path dir = workDir;
    workDir = null;
    this.reusable = true;
    inCall.set(false);
    if (dir != null && !Boolean.getBoolean("quern.satellite.keepWorkDir")) {
      reaper.later(() -> deleteTree(dir));
    }
  }

  @Override
  public boolean reusable() {
    return reusable && !killed && isAlive();
  }

  @Override
  public boolean isAlive() {
    return !disposed.get() && process.map(ProcessHandle::isAlive).orElse(false);
  }

  /** Alive and not about to die: no SIGKILL pending ({@link ProcessLiveness}, a /proc read). */
  @Override
  public boolean usable() {
    return isAlive() && ProcessLiveness.usable(pid);
  }

  /** Ends the satellite after its call: its socket is closed with the rest of its cleanup. */
  @Override
  public void close() {
    if (inCall.get()) {
      channel.close(); // another thread ends it mid-call: wake the caller, who disposes
    } else {
      dispose();
    }
  }

  @Override
  public void kill() {
    killed = true;
    process.ifPresent(ProcessHandle::destroyForcibly);
    channel.close();
    if (!inCall.get()) {
      dispose();
    }
  }

  /**
   * Closes the socket (the satellite exits on that, protocol version 3), unmaps the segment and
   * deletes the working directory; called by the call's own thread, all of it done by the {@link
   * Reaper}, after the reply has left. Request ids are unique, so the directory's name is never
   * wanted again while it waits for deletion.
   *
   * <p>Both names the directory may have go: a satellite killed before it renamed its spare
   * directory at EXECUTE leaves {@code .spare-<pid>} (ExternalScriptChaosIT found those left after
   * cancels). A satellite that still runs may yet make a directory: a killed one finishing the
   * system call it was in, a kept one preparing its next call's spare (it removes that itself when
   * it sees the socket closed, unless it is killed first). So while it lives, the deletion is
   * repeated once it has exited, however long the machine makes it wait for a core. Then it lets
   * go of its host's directory ({@link HostDirectory}): the last of the host and its satellites to
   * let go deletes it.
   */
  public void dispose() {
    inCall.set(false);
    if (!disposed.compareAndSet(false, true)) {
      return;
    }
    // Like SQL Server's JOB_CLEANUP_ON_EXIT=0: keep the directory for debugging when asked.
    boolean keep = Boolean.getBoolean("quern.satellite.keepWorkDir");
    reaper.later(() -> {
      channel.close();
      segment.close();
      if (!keep) {
        deleteDirectories();
        java.util.Optional<ProcessHandle> running = process.filter(ProcessHandle::isAlive);
        if (running.isPresent()) {
          running.get().onExit().thenRun(() -> reaper.later(() -> {
            deleteDirectories();
            hostDirectory.release();
          }));
        } else {
          hostDirectory.release();
        }
      }
    });
  }

  private void deleteDirectories() {
    Path dir = workDir;
    if (dir != null) {
      deleteTree(dir);
    }
    deleteTree(hostDir.resolve(".spare-" + pid));
  }

  /** Deletes a directory tree, best effort. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
              Files.deleteIfExists(f);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // A process still writing there (killed one exiting): the runtime's close removes the rest.
    }
  }

  @Override
  public String toString() {
    return "PythonSatellite[pid=" + pid + "]";
  }
}
