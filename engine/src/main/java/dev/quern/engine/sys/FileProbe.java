package dev.quern.engine.sys;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What sys.dm_os_file_exists and xp_fileexist report of a path on the server's machine: a file
 * exists (a directory does not count as one), the path is a directory, its parent directory
 * exists (the root counts as having one).
 */
public record FileProbe(boolean fileExists, boolean isDirectory, boolean parentExists) {
  public static FileProbe of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return new FileProbe(Files.isRegularFile(absolute), Files.isDirectory(absolute),
        parent == null || Files.isDirectory(parent));
  }
}
