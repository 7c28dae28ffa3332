package dev.quern.catalog.meta;

import dev.quern.catalog.codec.LobRef;
import java.util.List;

/**
 * A package uploaded with CREATE EXTERNAL LIBRARY ("sys.external_libraries"): scoped to a database
 * and an owner (a library of dbo is public, any other owner's private to that user), for one
 * language, with at most one file per platform ("sys.external_library_files"). The files' bytes
 * are LOB chunks under the library's own data id; {@link File#sha256} names their content, so a
 * satellite's installed copy can be matched to it without reading the bytes.
 */
public record ExternalLibrary(
    int databaseId, int libraryId, String name, int principalId, String language, long dataId,
    List<File> files) {
  public static final int PLATFORM_WINDOWS = 1;
  public static final int PLATFORM_LINUX = 2;

  public ExternalLibrary {
    files = List.copyOf(files);
  }

  /** One uploaded file: its platform (1 WINDOWS, 2 LINUX), where its bytes are, their hash. */
  public record File(int platform, LobRef content, String sha256) {
    public String platformDesc() {
      return platform == PLATFORM_WINDOWS ? "WINDOWS" : "LINUX";
    }
  }

  /** The file for {@code platform}, if one was uploaded. */
  public java.util.Optional<File> file(int platform) {
    return files.stream().filter(f -> f.platform() == platform).findFirst();
  }

  public ExternalLibrary withFiles(List<File> newFiles) {
    return new ExternalLibrary(databaseId, libraryId, name, principalId, language, dataId, newFiles);
  }

  public ExternalLibrary withOwner(int newPrincipalId) {
    return new ExternalLibrary(databaseId, libraryId, name, newPrincipalId, language, dataId, files);
  }
}
