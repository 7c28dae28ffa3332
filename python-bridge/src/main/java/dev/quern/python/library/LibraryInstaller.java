package dev.quern.python.library;

import dev.quern.ext.spi.ExternalLibraries;
import dev.quern.python.launch.PythonSatellite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Installs sets of external libraries under one directory, each set once: a set's directory is
 * named by the SHA-256 of its libraries' names and content hashes, so a call finds the directory
 * of an unchanged set already there, and a changed set (CREATE, ALTER or DROP of one of its
 * libraries) gets a new one. A set is unpacked into a temporary directory and renamed into place,
 * so a satellite never sees half a set, and two calls installing the same set at once both end
 * with the same directory. Directories are world-readable (satellites run as other accounts and
 * Python lists the directories it imports from); their parent is not listable, and a set's name
 * is the hash of its content.
 */
public final class LibraryInstaller {
  private final Path root;

  /** Installs under {@code root} (created when missing; the runtime deletes it at close). */
  public LibraryInstaller(Path root) {
    this.root = root;
  }

  /** The call's two library directories ("" for an empty set). */
  public record Installed(String user, String shared) {}

  /** Installs both sets of {@code libraries}; a failure names the library it could not unpack. */
  public Installed install(ExternalLibraries libraries) throws LibraryInstallException {
    return new Installed(install(libraries.userLibraries()), install(libraries.sharedLibraries()));
  }

  private String install(List<ExternalLibraries.Library> set) throws LibraryInstallException {
    if (set.isEmpty()) {
      return "";
    }
    Path dir = root.resolve(key(set));
    if (Files.isDirectory(dir)) {
      return dir.toString();
    }
    Path tmp;
    try {
      Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
      tmp = Files.createTempDirectory(root, ".install-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory under " + root, e);
    }
    try {
      for (ExternalLibraries.Library l : set) {
        try {
          LibraryArchive.unpack(l.content().get(), tmp);
        } catch (IOException | RuntimeException e) {
          throw new LibraryInstallException(l.name(), e.getMessage());
        }
      }
      publish(tmp, dir);
      return dir.toString();
    } finally {
      PythonSatellite.deleteTree(tmp); // best effort: a leftover is never named like a set
    }
  }

  /** Makes {@code tmp} readable by every account and renames it to {@code dir}, unless there. */
  private static void publish(Path tmp, Path dir) {
    try (Stream<Path> all = Files.walk(tmp)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // Another call installed the same set meanwhile: its directory has the same content.
    } catch (AtomicMoveNotSupportedException e) {
      throw new UncheckedIOException("Cannot install external libraries under " + dir.getParent(), e);
    } catch (IOException e) {
      if (!Files.isDirectory(dir)) {
        throw new UncheckedIOException("Cannot install external libraries under " + dir.getParent(), e);
      }
    }
  }

  private static String key(List<ExternalLibraries.Library> set) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (ExternalLibraries.Library l : set.stream().sorted(Comparator.comparing(ExternalLibraries.Library::name)).toList()) {
        md.update((l.name() + '\0' + l.sha256() + '\0').getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
