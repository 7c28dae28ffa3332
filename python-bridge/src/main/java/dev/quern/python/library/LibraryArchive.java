package dev.quern.python.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks one library's bytes into a directory, as pip would install them with {@code --target}
 * and no dependencies: SQL Server takes a Python package as a zip, either a wheel itself, a zip
 * holding wheels (sqlmlutils uploads {@code <name>PREZIP.zip} around the wheel), or a zip of the
 * package's files. A wheel's {@code *.data/purelib} and {@code platlib} go to the top; its other
 * {@code *.data} parts (scripts, headers) are not installed. Bounded against hostile archives:
 * no entry may leave the directory, and the total size and entry count are capped.
 */
final class LibraryArchive {
  /** Uncompressed bytes one library may unpack to. */
  static final long MAX_BYTES = 1L << 30;
  /** Files one library may hold. */
  static final int MAX_ENTRIES = 100_000;

  private static final Pattern WHEEL_DATA = Pattern.compile("[^/]+\\.data/(purelib|platlib)/(.+)");
  private static final Pattern OTHER_DATA = Pattern.compile("[^/]+\\.data/.*");

  private final Path target;
  private long bytes;
  private int entries;

  private LibraryArchive(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  /** Unpacks {@code content} (a zip) into {@code target}, which exists. */
  static void unpack(byte[] content, Path target) throws IOException {
    new LibraryArchive(target).unpack(new ByteArrayInputStream(content), true);
  }

  private void unpack(InputStream in, boolean outer) throws IOException {
    boolean any = false;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        any = true;
        if (++entries > MAX_ENTRIES) {
          throw new IOException("more than " + MAX_ENTRIES + " files");
        }
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (outer && !name.contains("/") && name.endsWith(".whl")) {
          unpack(new BoundedStream(zip), false); // a wheel inside the uploaded zip
          continue;
        }
        String path = installedPath(name);
        if (path != null) {
          write(zip, path);
        }
      }
    }
    if (!any) {
      throw new IOException("the content is not a zip archive");
    }
  }

  /** Where a wheel's entry goes, relative to the target; null when it is not installed. */
  private static String installedPath(String name) {
    Matcher m = WHEEL_DATA.matcher(name);
    if (m.matches()) {
      return m.group(2);
    }
    return OTHER_DATA.matcher(name).matches() ? null : name;
  }

  private void write(InputStream in, String name) throws IOException {
    Path file = target.resolve(name).normalize();
    if (name.startsWith("/") || name.contains("\\") || !file.startsWith(target) || file.equals(target)) {
      throw new IOException("the archive entry '" + name + "' points outside the library");
    }
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        bytes += n;
        if (bytes > MAX_BYTES) {
          throw new IOException("it unpacks to more than " + MAX_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
    }
  }

  /** The current entry of a zip stream, left open when the inner reader closes. */
  private static final class BoundedStream extends java.io.FilterInputStream {
    BoundedStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
