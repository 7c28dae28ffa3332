package dev.quern.engine.proc.files;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.backup.BackupFileSniffer;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * xp_delete_file file_type, 'folder or file', 'extension', 'cutoff date' [, subfolders]: deletes
 * the files of a folder (and with subfolders = 1 those of its first-level subfolders) whose name
 * ends in the extension (given with or without its dot, ignoring case) and that were last written
 * before the cutoff date (the server's local time, as SYSDATETIME; none given: every age), or the
 * one file named. file_type 0 deletes backup files only, leaving any other file alone, as SQL
 * Server reads each file's header first; 1 (maintenance plan reports) any file. A folder that is
 * not there has nothing to delete. Returns 0; a file that cannot be deleted is 22048. The server's
 * own files (its data directory, but for the default backup directory in it) are never deleted:
 * a target among them is 22048 "Access is denied", so a mistyped folder cannot wipe the store.
 */
final class DeleteFileProcedure implements SystemProcedure {
  static final String NAME = "xp_delete_file";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    dev.quern.engine.proc.ExtendedProcedureAccess.requireSysadmin(host, NAME);
    if (args.size() < 2) {
      throw FileErrors.INVALID_PARAMETER.raise();
    }
    Integer fileType = intArg(args.get(0));
    if (fileType == null || fileType < 0 || fileType > 1) {
      throw FileErrors.INVALID_PARAMETER.raise();
    }
    Path target = FileErrors.path(args.get(1));
    String extension = args.size() > 2 && args.get(2).value() != null ? extension(args.get(2)) : "";
    LocalDateTime cutoff = args.size() > 3 ? cutoff(args.get(3)) : null;
    boolean subfolders = args.size() > 4 && Integer.valueOf(1).equals(intArg(args.get(4)));
    var storage = host.state().store().storage();
    Path data = storage.directory(1).toAbsolutePath().normalize().getParent();
    Path backups = storage.backupDirectory().toAbsolutePath().normalize();
    if (serverOwned(target, data, backups)) {
      throw FileErrors.failed(NAME, FileErrors.ACCESS_DENIED);
    }
    for (Path file : candidates(target, extension, subfolders)) {
      if (serverOwned(file, data, backups)) {
        continue;
      }
      if (olderThan(file, cutoff) && (fileType == 1 || BackupFileSniffer.isBackupFile(file))) {
        delete(file);
      }
    }
    return 0;
  }

  /** Inside the server's data directory and not in its backup directory. */
  private static boolean serverOwned(Path path, Path data, Path backups) {
    Path p = real(path);
    return p.startsWith(real(data)) && !p.startsWith(real(backups));
  }

  /** The path with symbolic links resolved where it exists, so no link leads around the check. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static List<Path> candidates(Path target, String extension, boolean subfolders) {
    if (Files.isRegularFile(target)) {
      return List.of(target);
    }
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(target)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(target, subfolders ? 2 : 1)) {
      files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
          .forEach(out::add);
    } catch (IOException e) {
      throw FileErrors.failed(NAME, FileErrors.ACCESS_DENIED);
    }
    return out;
  }

  /** The suffix a file name must end in: ".bak" for 'bak' or '.bak'; "" for '' (every file). */
  private static String extension(ProcArg arg) {
    String e = arg.value().toString().strip().toLowerCase(Locale.ROOT);
    return e.isEmpty() || e.startsWith(".") ? e : "." + e;
  }

  private static LocalDateTime cutoff(ProcArg arg) {
    if (arg.value() == null) {
      return null;
    }
    try {
      return (LocalDateTime) Conversions.convert(arg.value(), arg.type(), SqlTypes.DATETIME);
    } catch (RuntimeException e) {
      throw FileErrors.INVALID_PARAMETER.raise();
    }
  }

  private static Integer intArg(ProcArg arg) {
    if (arg.value() == null) {
      return null;
    }
    try {
      return ((Number) Conversions.convert(arg.value(), arg.type(), SqlTypes.INT)).intValue();
    } catch (RuntimeException e) {
      throw FileErrors.INVALID_PARAMETER.raise();
    }
  }

  private static boolean olderThan(Path file, LocalDateTime cutoff) {
    if (cutoff == null) {
      return true;
    }
    try {
      LocalDateTime written = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
      return written.isBefore(cutoff);
    } catch (IOException e) {
      return false;
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw FileErrors.failed(NAME, FileErrors.ACCESS_DENIED);
    }
  }
}
