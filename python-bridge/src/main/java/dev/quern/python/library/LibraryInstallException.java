package dev.quern.python.library;

/** A library's bytes could not be installed (not a zip, an entry outside it, too large). */
public final class LibraryInstallException extends Exception {
  private final String library;

  public LibraryInstallException(String library, String reason) {
    super("Cannot install the external library '" + library + "': " + reason);
    this.library = library;
  }

  public String library() {
    return library;
  }
}
