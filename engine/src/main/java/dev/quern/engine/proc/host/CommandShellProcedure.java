package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.proc.ExtendedProcedureAccess;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * xp_cmdshell 'command' [, no_output]: runs the command in the host's shell ({@code /bin/sh -c})
 * and returns what it wrote, standard output and standard error together, one row per line in an
 * nvarchar(255) column named {@code output}, then a NULL row, as SQL Server does. Lines longer
 * than 255 characters continue in the next rows. Returns 0 when the command exits with 0, 1 when
 * it does not.
 *
 * <p>Off by default ('xp_cmdshell' in sp_configure, an advanced option): 15281 while off, checked
 * before anything else as SQL Server blocks the component itself. Sysadmin only (229): Quern has
 * no proxy credential for other logins. The command runs as the server's own OS account, in the
 * data directory, with an environment stripped to PATH, HOME, LANG and the like so no secret the
 * server was started with reaches it. ATTENTION kills the command and everything it started.
 */
final class CommandShellProcedure implements SystemProcedure {
  static final String NAME = "xp_cmdshell";

  private static final ErrorTemplate COMPONENT_OFF = new ErrorTemplate(15281, 16, 1,
      "SQL Server blocked access to %s '%s' of component '%s' because this component is turned off as part of the"
          + " security configuration for this server. A system administrator can enable the use of '%s' by using"
          + " sp_configure. For more information about enabling '%s', search for '%s' in SQL Server Books Online.",
      Abort.STATEMENT);

  private static final int LINE_CHARS = 255;
  private static final List<ResultColumn> COLUMNS =
      List.of(new ResultColumn("output", SqlType.ofLength(TypeId.NVARCHAR, LINE_CHARS), true));

  /** The variables a shell needs; everything else in the server's environment stays behind. */
  private static final List<String> KEPT_ENVIRONMENT = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "USER", "LOGNAME", "SHELL", "TMPDIR");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    SessionState state = host.state();
    if (state.server().external().configuration().runValue(ServerConfiguration.XP_CMDSHELL) == 0) {
      throw COMPONENT_OFF.raise("procedure", "sys." + NAME, NAME, NAME, NAME, NAME);
    }
    ExtendedProcedureAccess.requireSysadmin(host, NAME);
    if (args.isEmpty() || args.getFirst().value() == null) {
      throw SqlErrors.PROC_EXPECTS_TYPE.raise("command_string", "varchar");
    }
    boolean noOutput = args.size() > 1 && noOutput(args.get(1));
    Path output = outputFile();
    try {
      Process process = start(args.getFirst().value().toString(), state.store().storage().directory(1).getParent(), output);
      Runnable removeHook = state.onCancel(() -> killTree(process));
      int exit;
      try {
        exit = waitFor(process);
      } finally {
        removeHook.run();
        killTree(process);
      }
      state.checkCancelled();
      if (!noOutput) {
        send(output, host.sink());
      }
      return exit == 0 ? 0 : 1;
    } finally {
      delete(output);
    }
  }

  /**
   * The second argument is the literal no_output (SQL Server takes it as a string). Decided:
   * anything else is 214, as a missing command is.
   */
  private static boolean noOutput(ProcArg arg) {
    if (arg.value() == null || !arg.value().toString().strip().toLowerCase(Locale.ROOT).equals("no_output")) {
      throw SqlErrors.PROC_EXPECTS_TYPE.raise("no_output", "varchar");
    }
    return true;
  }

  private static Process start(String command, Path directory, Path output) {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
        .redirectOutput(output.toFile()).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    Map<String, String> kept = new java.util.HashMap<>();
    for (String name : KEPT_ENVIRONMENT) {
      if (env.containsKey(name)) {
        kept.put(name, env.get(name));
      }
    }
    env.clear();
    env.putAll(kept);
    try {
      Process process = builder.start();
      process.getOutputStream().close(); // a command reading its standard input sees its end
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends the command's output, every line cut into 255-character rows, then the NULL row SQL
   * Server ends it with. The output waits in a file until the command ends (xp_cmdshell answers
   * when the command is done, as SQL Server documents), so memory stays bounded however much it
   * writes.
   */
  private static void send(Path output, ResultSink sink) {
    sink.columns(COLUMNS);
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          sink.row(new Object[] {null});
          rows++;
        }
        for (int at = 0; at < line.length(); at += LINE_CHARS) {
          sink.row(new Object[] {line.substring(at, Math.min(line.length(), at + LINE_CHARS))});
          rows++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sink.row(new Object[] {null});
    sink.done(rows + 1, true);
  }

  private static Path outputFile() {
    try {
      return Files.createTempFile("quern-xp_cmdshell-", ".out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file the operating system's cleaning will take
    }
  }

  private static int waitFor(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
