package dev.quern.python.launch;

import dev.quern.ext.pool.HostStartException;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.pool.SatelliteHost;
import dev.quern.ext.pool.SatelliteListener;
import dev.quern.python.control.ControlChannel;
import dev.quern.python.control.Message;
import dev.quern.python.shm.SharedSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fork-server parent for one (login, external resource pool): a {@code python -m
 * quern_satellite} process that has imported pandas/numpy/pyarrow once and forks a warmed child per
 * {@code spawn} line on its stdin. Children connect back to this host's Unix socket.
 *
 * <pre>
 * Java                          parent (python)                 child (fork)
 *  start ---------------------> switch user, import, warm up
 *  "spawn\n" -----------------> fork ------------------------> warm-up call
 *  accept <------------------------------------------------- connect, HELLO(v3, pid)
 *  create segment, ATTACH ----------------------------------> (working directory made and
 *                                                               entered meanwhile) mmap
 *  unlink <------------------------------------------------- ATTACHED   (now idle in the pool)
 * </pre>
 */
final class PythonHost implements SatelliteHost {
  private static final Logger LOG = LoggerFactory.getLogger(PythonHost.class);
  private static final int LOG_TAIL_LINES = 40;

  private final PoolKey key;
  private final PythonSettings settings;
  private final SatelliteListener<PythonSatellite> listener;
  private final Path dir;
  private final HostDirectory directory;
  /** Whether the host has let go of its directory (its socket closed: on close and on exit). */
  private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
  private final Path socketPath;
  private final UserPrincipal owner;
  private final java.util.Optional<SatelliteAccount> account;
  private final ServerSocketChannel server;
  private final Process process;
  private final OutputStream commands;
  private final Deque<String> outputTail = new ArrayDeque<>();
  private final Reaper reaper;
  private volatile boolean closing;
  /** The modules asked for through {@link #preload}; the parent learns at most 64 (its own bound). */
  private final Set<String> preloaded = new HashSet<>();
  private static final int MAX_PRELOADED = 256;
  private static final Pattern MODULE_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  PythonHost(PoolKey key, PythonSettings settings, Path workRoot, SatelliteListener<PythonSatellite> listener, Reaper reaper)
      throws HostStartException {
    this.key = key;
    this.reaper = reaper;
    this.settings = settings;
    this.listener = listener;
    this.account = settings.accountFor(key.login());
    try {
      Files.createDirectories(workRoot);
      if (account.isPresent()) {
        // The satellite account must traverse (not list) the root to reach its own directory.
        Files.setPosixFilePermissions(workRoot, PosixFilePermissions.fromString("rwx--x--x"));
        WorkRootAccess.letOthersTraverse(workRoot);
      }
      this.dir = Files.createTempDirectory(workRoot, "host-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      this.directory = new HostDirectory(dir);
      this.owner = account.isPresent() ? lookup(account.get().name()) : null;
      if (owner != null) {
        Files.setOwner(dir, owner);
      }
      this.socketPath = dir.resolve("ctl.sock");
      this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socketPath));
      if (owner != null) {
        Files.setOwner(socketPath, owner);
      }
    } catch (IOException e) {
      throw new HostStartException("Cannot prepare the satellite directory: " + e.getMessage(), e);
    }
    this.process = startProcess();
    reaper.track(process.toHandle());
    this.commands = process.getOutputStream();
    Thread.ofVirtual().name("py-host-out-" + process.pid()).start(this::drainOutput);
    Thread.ofVirtual().name("py-host-accept-" + process.pid()).start(this::acceptLoop);
    process.onExit().thenRun(this::exited);
  }

  private Process startProcess() throws HostStartException {
    List<String> cmd = new ArrayList<>(List.of(settings.python(), "-m", "quern_satellite", "--socket", socketPath.toString(), "--work-root", dir.toString(), "--output-cap", Integer.toString(settings.outputCapBytes())));
    account.ifPresent(a -> cmd.addAll(List.of("--uid", Integer.toString(a.uid()), "--gid", Integer.toString(a.gid()))));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    SatelliteEnvironment.apply(pb.environment(), dir, settings.extraPythonPath());
    account.ifPresent(a -> {
      pb.environment().put("USER", a.displayName());
      pb.environment().put("LOGNAME", a.displayName());
    });
    try {
      return pb.start();
    } catch (IOException e) {
      closeServer();
      throw new HostStartException("Cannot start '" + settings.python() + "': " + e.getMessage(), e);
    }
  }

  private static UserPrincipal lookup(String name) throws IOException {
    return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
  }

  @Override
  public synchronized void spawn() {
    try {
      commands.write("spawn\n".getBytes(StandardCharsets.US_ASCII));
      commands.flush();
    } catch (IOException e) {
      // The parent is gone; exited() reports why.
      LOG.debug("satellite host for {} did not take a spawn request: {}", key, e.getMessage());
    }
  }

  /**
   * {@code preload NAME} lines for the modules not asked for before (the parent imports each of
   * its environment's modules once, see {@code quern_satellite.preload}). Names that are not dotted
   * identifiers never reach the parent's command stream.
   */
  @Override
  public synchronized void preload(Collection<String> modules) {
    StringBuilder lines = new StringBuilder();
    for (String m : modules) {
      if (preloaded.size() < MAX_PRELOADED && MODULE_NAME.matcher(m).matches() && preloaded.add(m)) {
        lines.append("preload ").append(m).append('\n');
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    try {
      commands.write(lines.toString().getBytes(StandardCharsets.US_ASCII));
      commands.flush();
    } catch (IOException e) {
      LOG.debug("satellite host for {} did not take a preload request: {}", key, e.getMessage());
    }
  }

  @Override
  public boolean isAlive() {
    return !closing && process.isAlive();
  }

  @Override
  public void close() {
    closing = true;
    try {
      commands.close();
    } catch (IOException e) {
      // Already closed: the parent has exited.
    }
    process.destroy();
    closeServer();
  }

  private void closeServer() {
    try {
      server.close();
      Files.deleteIfExists(socketPath);
    } catch (IOException e) {
      LOG.debug("closing the socket of {}: {}", key, e.getMessage());
    }
    // Gone now if no satellite of this host is left; else the last one's cleanup deletes it.
    if (released.compareAndSet(false, true)) {
      directory.release();
    }
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      SocketChannel ch;
      try {
        ch = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      try {
        listener.ready(handshake(ch));
      } catch (IOException | RuntimeException e) {
        LOG.warn("satellite handshake for {} failed: {}", key, e.toString());
        closeQuietly(ch);
      }
    }
  }

  /** HELLO (version check), then the segment: ATTACH, ATTACHED, unlink. */
  private PythonSatellite handshake(SocketChannel ch) throws IOException {
    ControlChannel control = new ControlChannel(ch);
    Message.Hello hello = control.expect(Message.Hello.class);
    if (hello.version() != Message.VERSION) {
      throw new IOException("satellite speaks protocol " + hello.version() + ", server " + Message.VERSION);
    }
    SharedSegment segment = SharedSegment.create(Path.of("/dev/shm"), settings.segmentBytes(), owner);
    try {
      control.send(new Message.Attach(segment.path().toString(), segment.size()));
      control.expect(Message.Attached.class);
    } catch (IOException | RuntimeException e) {
      segment.close();
      throw e;
    } finally {
      segment.unlink();
    }
    ProcessHandle.of(hello.pid()).ifPresent(reaper::track);
    directory.hold();
    return new PythonSatellite(hello.pid(), control, segment, directory, reaper);
  }

  private void drainOutput() {
    // Drained continuously so neither the parent nor a crashing child ever blocks on this pipe.
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        LOG.debug("[python {}] {}", process.pid(), line);
        synchronized (outputTail) {
          if (outputTail.size() == LOG_TAIL_LINES) {
            outputTail.removeFirst();
          }
          outputTail.addLast(line.length() > 1000 ? line.substring(0, 1000) + "..." : line);
        }
      }
    } catch (IOException e) {
      // Process gone.
    }
  }

  private void exited() {
    closeServer();
    if (closing) {
      return;
    }
    String tail;
    synchronized (outputTail) {
      tail = String.join("\n", outputTail);
    }
    int code = process.exitValue();
    // 128 + 9: ended by SIGKILL from outside; a parent failing to start exits 1, or 143 when a
    // child that could not start stopped it with SIGTERM.
    listener.failed(this, "The Python runtime '" + settings.python() + "' exited with code " + code + (tail.isEmpty() ? "." : ":\n" + tail), code == 128 + 9);
  }

  private static void closeQuietly(SocketChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // Nothing to release.
    }
  }
}
