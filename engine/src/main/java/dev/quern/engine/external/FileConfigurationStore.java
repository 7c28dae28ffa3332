package dev.quern.engine.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the configuration in {@code server-config.properties} ({@code name=value} lines), written
 * whole through {@link AtomicFile}.
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
    AtomicFile.write(file, text.toString());
  }
}
