package dev.quern.engine.bulk;

import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Files the server reads for BULK INSERT and OPENROWSET(BULK …). A path is the server's (relative
 * ones from its working directory), read with the server process's rights; so reading one takes
 * ADMINISTER BULK OPERATIONS (sysadmin or bulkadmin), as in SQL Server, whose service account
 * reads them the same way for a SQL login.
 */
public final class ServerFiles {
  private ServerFiles() {}

  /** 4834 unless the session's login may read server files. */
  public static void requirePermission(SessionState state) {
    if (!state.security().isSa() && !state.isServerRoleMember("bulkadmin").orElse(false)) {
      throw BulkLoadErrors.NO_PERMISSION.raise();
    }
  }

  /** Opens {@code file}; 4860 when it is not a readable file. */
  public static InputStream open(String file) throws IOException {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw BulkLoadErrors.FILE_MISSING.raise(file);
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw BulkLoadErrors.FILE_MISSING.raise(file);
    }
    return Files.newInputStream(path);
  }
}
