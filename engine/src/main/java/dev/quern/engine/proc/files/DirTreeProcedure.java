package dev.quern.engine.proc.files;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.ExtendedProcedureAccess;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code xp_dirtree 'directory' [, depth [, file]]} and {@code xp_subdirs 'directory'}: the
 * server's file system below a directory, sysadmin only. xp_dirtree lists every subdirectory
 * ({@code subdirectory}, {@code depth} from 1) down to {@code depth} levels (0, the default: all),
 * each followed by what it holds; with {@code file} 1 files too, and a third column {@code file}
 * (1 for a file). xp_subdirs lists the directory's own subdirectories. Names in each directory
 * sorted as Windows lists them (ignoring case); symbolic links are not followed. A directory that
 * does not exist or cannot be read lists nothing.
 */
final class DirTreeProcedure implements SystemProcedure {
  private static final SqlType NAME = SqlType.ofLength(TypeId.NVARCHAR, 255);
  /** The rows one call may list: a listing of / must not run without end. */
  static final int MAX_ENTRIES = 1_000_000;

  private final String name;
  private final boolean subdirsOnly;

  private DirTreeProcedure(String name, boolean subdirsOnly) {
    this.name = name;
    this.subdirsOnly = subdirsOnly;
  }

  static DirTreeProcedure dirTree() {
    return new DirTreeProcedure("xp_dirtree", false);
  }

  static DirTreeProcedure subdirs() {
    return new DirTreeProcedure("xp_subdirs", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ExtendedProcedureAccess.requireSysadmin(host, name);
    Path root = FileErrors.path(args.isEmpty() ? null : args.getFirst());
    int depth = subdirsOnly ? 1 : integer(args, 1);
    boolean files = !subdirsOnly && integer(args, 2) != 0;
    List<ResultColumn> columns = new ArrayList<>(List.of(new ResultColumn("subdirectory", NAME, true)));
    if (!subdirsOnly) {
      columns.add(new ResultColumn("depth", SqlTypes.INT, true));
      if (files) {
        columns.add(new ResultColumn("file", SqlTypes.INT, true));
      }
    }
    ResultSink sink = host.sink();
    sink.columns(columns);
    int[] count = {0};
    list(root, 1, depth, files, sink, count, host);
    sink.done(count[0], true);
    return 0;
  }

  private void list(Path dir, int level, int maxDepth, boolean files, ResultSink sink, int[] count, ProcedureHost host) {
    for (Path p : entries(dir)) {
      host.state().checkCancelled();
      boolean isDir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
      if (!isDir && !files || count[0] >= MAX_ENTRIES) {
        continue;
      }
      String entry = p.getFileName().toString();
      count[0]++;
      sink.row(subdirsOnly ? new Object[] {entry} : files ? new Object[] {entry, level, isDir ? 0 : 1}
          : new Object[] {entry, level});
      if (isDir && (maxDepth <= 0 || level < maxDepth)) {
        list(p, level + 1, maxDepth, files, sink, count, host);
      }
    }
  }

  /** The entries of {@code dir} by name ignoring case; none when it cannot be read. */
  private static List<Path> entries(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    } catch (IOException | SecurityException e) {
      return List.of();
    }
    out.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(p -> p.getFileName().toString()));
    return out;
  }

  private static int integer(List<ProcArg> args, int i) {
    if (args.size() <= i || args.get(i).value() == null) {
      return 0;
    }
    Object v = args.get(i).value();
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().strip());
    } catch (NumberFormatException e) {
      throw FileErrors.INVALID_PARAMETER.raise();
    }
  }
}
