package dev.quern.engine.proc.files;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.sys.FileProbe;
import java.util.List;

/**
 * xp_fileexist 'path' [, @file_exists OUTPUT]: with an OUTPUT argument sets it to 1 when the path
 * is a file (0 for a directory or nothing); without one returns a row "File Exists", "File is a
 * Directory", "Parent Directory Exists" (int 0/1), as {@link FileProbe} finds them. Returns 0.
 */
final class FileExistProcedure implements SystemProcedure {
  static final String NAME = "xp_fileexist";

  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("File Exists", SqlTypes.INT, false), new ResultColumn("File is a Directory", SqlTypes.INT, false),
      new ResultColumn("Parent Directory Exists", SqlTypes.INT, false));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    dev.quern.engine.proc.ExtendedProcedureAccess.requireSysadmin(host, NAME);
    FileProbe probe = FileProbe.of(FileErrors.path(args.isEmpty() ? null : args.getFirst()));
    if (args.size() > 1 && args.get(1).output()) {
      args.get(1).setOutput(probe.fileExists() ? 1 : 0, SqlTypes.INT);
      return 0;
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    sink.row(new Object[] {bit(probe.fileExists()), bit(probe.isDirectory()), bit(probe.parentExists())});
    sink.done(1, true);
    return 0;
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }
}
