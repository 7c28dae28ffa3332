package dev.quern.ext.spi;

import java.util.List;
import java.util.function.Supplier;

/**
 * The external libraries a call may import (CREATE EXTERNAL LIBRARY): the database's public ones
 * (owned by dbo) and the caller's private ones, each for the call's language and the server's
 * platform. A runtime installs each set once, keyed by content, and puts the caller's private
 * libraries ahead of the public ones.
 */
public record ExternalLibraries(List<Library> sharedLibraries, List<Library> userLibraries) {
  public static final ExternalLibraries NONE = new ExternalLibraries(List.of(), List.of());

  public ExternalLibraries {
    sharedLibraries = List.copyOf(sharedLibraries);
    userLibraries = List.copyOf(userLibraries);
  }

  /**
   * One library: its name (the package's import name), the SHA-256 of its bytes as stored, and
   * the bytes, read only when a runtime has not installed that content yet.
   */
  public record Library(String name, String sha256, Supplier<byte[]> content) {}
}
