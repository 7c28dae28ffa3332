package dev.quern.engine.exec;

import dev.quern.engine.bulk.ServerFiles;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.plan.BulkFileNode;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * OPENROWSET(BULK …, SINGLE_BLOB | SINGLE_CLOB | SINGLE_NCLOB), and the opening of the files BULK
 * INSERT reads ({@link ServerFiles}: the path is the server's, read with ADMINISTER BULK
 * OPERATIONS).
 */
public final class BulkFiles {
  private BulkFiles() {}

  /** 4834 unless the session's login may read server files. */
  static void requirePermission(SessionState state) {
    ServerFiles.requirePermission(state);
  }

  /** Opens {@code file}; 4860 when it is not a readable file. */
  static InputStream open(String file) throws IOException {
    return ServerFiles.open(file);
  }

  /**
   * OPENROWSET(BULK …)'s one value: the file's bytes (SINGLE_BLOB), or its text read as UTF-8
   * (SINGLE_CLOB) or UTF-16 little-endian (SINGLE_NCLOB), a byte-order mark dropped.
   */
  public static Object read(SessionState state, BulkFileNode node) {
    requirePermission(state);
    byte[] bytes;
    try (InputStream in = open(node.file())) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(node.file(), e.getMessage());
    }
    return switch (node.kind()) {
      case SINGLE_BLOB -> bytes;
      case SINGLE_CLOB -> text(bytes, StandardCharsets.UTF_8);
      case SINGLE_NCLOB -> text(bytes, StandardCharsets.UTF_16LE);
    };
  }

  /** {@code bytes} decoded, a leading byte-order mark dropped. */
  private static String text(byte[] bytes, java.nio.charset.Charset charset) {
    String text = new String(bytes, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
