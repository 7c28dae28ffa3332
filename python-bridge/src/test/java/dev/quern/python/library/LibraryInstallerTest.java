package dev.quern.python.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.ext.spi.ExternalLibraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryInstallerTest {
  @TempDir Path root;

  @Test
  void unpacksAWheelInsideAZipWithItsPurelibAtTheTopAndItsScriptsLeftOut() throws Exception {
    byte[] wheel = zip(Map.of("pkg/__init__.py", "X = 1", "pkg-1.0.dist-info/METADATA", "Name: pkg",
        "pkg-1.0.data/purelib/extra.py", "Y = 2", "pkg-1.0.data/scripts/tool", "#!"));
    LibraryInstaller.Installed done = installer().install(shared(library("pkg", "a", zip(Map.of("pkgPREZIP.whl", wheel)))));
    Path dir = Path.of(done.shared());
    assertThat(done.user()).isEmpty();
    assertThat(Files.readString(dir.resolve("pkg/__init__.py"))).isEqualTo("X = 1");
    assertThat(Files.readString(dir.resolve("extra.py"))).isEqualTo("Y = 2");
    assertThat(dir.resolve("pkg-1.0.dist-info/METADATA")).exists();
    assertThat(dir.resolve("tool")).doesNotExist();
    assertThat(dir.resolve("pkg-1.0.data")).doesNotExist();
    // Readable by the satellites' accounts, which Python needs to list the directory.
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pkg")))).isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("extra.py")))).isEqualTo("rw-r--r--");
  }

  @Test
  void anUnchangedSetIsInstalledOnceAndAChangedOneAgain() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    byte[] plain = zip(Map.of("mod.py", "Z = 3"));
    ExternalLibraries.Library lib = new ExternalLibraries.Library("mod", "h1", () -> {
      reads.incrementAndGet();
      return plain;
    });
    LibraryInstaller installer = installer();
    String first = installer.install(shared(lib)).shared();
    String again = installer.install(shared(lib)).shared();
    String changed = installer.install(shared(library("mod", "h2", plain))).shared();
    assertThat(again).isEqualTo(first);
    assertThat(reads).hasValue(1);
    assertThat(changed).isNotEqualTo(first);
    assertThat(Path.of(changed).resolve("mod.py")).exists();
  }

  @Test
  void refusesEntriesOutsideTheLibraryAndBytesThatAreNoZip() throws Exception {
    LibraryInstaller installer = installer();
    assertThatThrownBy(() -> installer.install(shared(library("evil", "e", zip(Map.of("../escaped.py", "x"))))))
        .isInstanceOf(LibraryInstallException.class).hasMessageContaining("'evil'").hasMessageContaining("outside");
    assertThat(root.resolve("escaped.py")).doesNotExist();
    assertThat(root.getParent().resolve("escaped.py")).doesNotExist();
    assertThatThrownBy(() -> installer.install(shared(library("junk", "j", new byte[] {1, 2, 3}))))
        .isInstanceOf(LibraryInstallException.class).hasMessageContaining("not a zip");
    // Nothing half-installed is left where a set would be found.
    try (var left = Files.list(root.resolve("libs"))) {
      assertThat(left.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).isEmpty();
    }
  }

  @Test
  void privateAndSharedSetsGetTheirOwnDirectories() throws Exception {
    ExternalLibraries both = new ExternalLibraries(
        List.of(library("a", "1", zip(Map.of("a.py", "A = 1")))), List.of(library("b", "2", zip(Map.of("b.py", "B = 1")))));
    LibraryInstaller.Installed done = installer().install(both);
    assertThat(Path.of(done.shared()).resolve("a.py")).exists();
    assertThat(Path.of(done.user()).resolve("b.py")).exists();
    assertThat(Path.of(done.user()).resolve("a.py")).doesNotExist();
  }

  private LibraryInstaller installer() {
    return new LibraryInstaller(root.resolve("libs"));
  }

  private static ExternalLibraries shared(ExternalLibraries.Library l) {
    return new ExternalLibraries(List.of(l), List.of());
  }

  private static ExternalLibraries.Library library(String name, String sha, byte[] bytes) {
    return new ExternalLibraries.Library(name, sha, () -> bytes);
  }

  private static byte[] zip(Map<String, ?> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : new LinkedHashMap<>(entries).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue() instanceof byte[] b ? b : e.getValue().toString().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
