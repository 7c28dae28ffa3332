package dev.quern.engine.exec;

import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * BULK INSERT's ERRORFILE ("BULK INSERT (Transact-SQL)", ERRORFILE): each row the load rejects is
 * copied, as it stands in the data file, terminators included, to the error file, and the
 * control file beside it ({@code <error file>.Error.Txt}) gets one line per rejected row, as SQL
 * Server writes it: {@code Row 9 File Offset 207 ErrorFile Offset 0 - HRESULT 0x80020005}, the
 * offsets in bytes of the row in the data file and of its copy in the error file.
 *
 * <p>Neither file may exist when the load starts (SQL Server will not overwrite them): an error
 * file that exists is 4861 with operating system error 80, followed by 4861 for its control file
 * with error 5, as SQL Server reports it. The files are created at the first rejected row, so a
 * load without one leaves none. The HRESULT of a row is SQL Server's for its error where known
 * (DISP_E_TYPEMISMATCH for 4864, DISP_E_OVERFLOW for 4867) and E_FAIL otherwise.
 */
final class BulkErrorFile implements AutoCloseable {
  private static final String CONTROL_SUFFIX = ".Error.Txt";

  private final String name;
  private final Path path;
  private final Path control;
  private final Charset charset;
  private OutputStream rows;
  private OutputStream lines;
  private long written;

  private BulkErrorFile(String name, Path path, boolean wide) {
    this.name = name;
    this.path = path;
    this.control = Path.of(path + CONTROL_SUFFIX);
    this.charset = wide ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
  }

  /** The error file {@code name} for a data file read as UTF-16 or not; 4861 if it cannot be made. */
  static BulkErrorFile open(String name, boolean wide) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(name, "123(The filename, directory name, or volume label syntax is incorrect.)");
    }
    if (Files.exists(path)) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(name + CONTROL_SUFFIX, "5(Access is denied.)")
          .precededBy(BulkLoadErrors.FILE_NOT_OPENED.raise(name, "80(The file exists.)"));
    }
    BulkErrorFile file = new BulkErrorFile(name, path, wide);
    if (Files.exists(file.control)) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(name + CONTROL_SUFFIX, "80(The file exists.)");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(name, "3(The system cannot find the path specified.)");
    }
    return file;
  }

  /** Records the rejected {@code record}, which failed with {@code error}; 4870 if it cannot be written. */
  void reject(BulkDataFile.Record record, SqlException error) {
    try {
      if (rows == null) {
        rows = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        lines = Files.newOutputStream(control, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
      byte[] bytes = record.raw().getBytes(charset);
      String line = String.format("Row %d File Offset %d ErrorFile Offset %d - HRESULT 0x%08X\r\n",
          record.row(), record.offset(), written, hresult(error.number()));
      rows.write(bytes);
      written += bytes.length;
      lines.write(line.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw BulkLoadErrors.ERROR_FILE_WRITE.raise(name, e.getMessage());
    }
  }

  private static int hresult(int error) {
    return switch (error) {
      case 4864 -> 0x80020005; // DISP_E_TYPEMISMATCH
      case 4867 -> 0x8002000A; // DISP_E_OVERFLOW
      default -> 0x80004005; // E_FAIL
    };
  }

  @Override
  public void close() {
    for (OutputStream out : new OutputStream[] {rows, lines}) {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // what was written was flushed by write; nothing more to report at the end of a load
        }
      }
    }
  }
}
