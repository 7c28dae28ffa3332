package dev.quern.engine.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the configuration in {@code server-config.properties} ({@code name=value} lines). Writes go
 * to a temporary file that is fsynced and renamed over the old one, then the directory is fsynced,
 * so a crash leaves either the old or the new file, never a torn one.
 */
public final class FileConfigurationStore implements ConfigurationStore {
  static final String FILE_NAME = "server-config.properties";

  private final Path file;

  public FileConfigurationStore(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
  }

  @Override
  public Map<String, Integer> load() {
    Map<String, Integer> out = new TreeMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int eq = line.lastIndexOf('=');
        if (line.isBlank() || line.startsWith("#") || eq < 0) {
          continue;
        }
        out.put(line.substring(0, eq).strip(), Integer.parseInt(line.substring(eq + 1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("corrupt configuration file " + file, e);
    }
    return out;
  }

  @Override
  public void save(Map<String, Integer> values) {
    StringBuilder text = new StringBuilder("# Quern server configuration (sp_configure + RECONFIGURE)\n");
    new TreeMap<>(values).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = dir.resolve(FILE_NAME + ".tmp");
    try {
      Files.createDirectories(dir);
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename itself durable; some file systems refuse to open a directory, which only
    // weakens durability of the rename, not the file's integrity.
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // best effort, see above
    }
  }
}
