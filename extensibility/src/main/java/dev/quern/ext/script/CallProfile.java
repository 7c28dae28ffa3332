package dev.quern.ext.script;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.spi.ExternalLibraries;
import java.util.List;

/**
 * What a satellite kept for a session must share with the session's next call to serve it: the
 * external resource pool's settings (a satellite's memory limit and priority are set once, and
 * an unprivileged process cannot raise them again) and the external libraries by content (a
 * module imported by an earlier call stays imported; a changed library must be imported anew).
 */
record CallProfile(ExternalResourcePool pool, List<String> sharedLibraries, List<String> userLibraries) {
  static CallProfile of(ExternalResourcePool pool, ExternalLibraries libraries) {
    return new CallProfile(pool, ids(libraries.sharedLibraries()), ids(libraries.userLibraries()));
  }

  private static List<String> ids(List<ExternalLibraries.Library> libraries) {
    return libraries.stream().map(l -> l.name() + ":" + l.sha256()).toList();
  }
}
