package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * sys.dm_os_file_exists(file_or_directory): one row saying whether the path names a file, a
 * directory, and whether its parent directory exists, on the server's machine ({@link
 * FileProbe}). A relative path is taken from the server's working directory; NULL, or text that
 * is no path, gives a row of zeros.
 */
final class FileExistsFunction implements SystemFunction {
  private static final List<ResultColumn> COLUMNS = List.of(
      bit("file_exists", true), bit("file_is_a_directory", true), bit("parent_directory_exists", true));

  @Override
  public String name() {
    return "dm_os_file_exists";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlType.ofLength(TypeId.NVARCHAR, 4000));
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    FileProbe probe = probe(args[0]);
    return Rows.of(List.<Object[]>of(new Object[] {probe.fileExists(), probe.isDirectory(), probe.parentExists()}));
  }

  private static FileProbe probe(Object path) {
    if (path == null || path.toString().isBlank()) {
      return new FileProbe(false, false, false);
    }
    try {
      return FileProbe.of(Path.of(path.toString()));
    } catch (InvalidPathException e) {
      return new FileProbe(false, false, false);
    }
  }
}
