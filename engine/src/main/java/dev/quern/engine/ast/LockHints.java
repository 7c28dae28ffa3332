package dev.quern.engine.ast;

import dev.quern.catalog.kv.ReadLocks;
import java.util.ArrayList;
import java.util.List;

/** The table hints that ask a read for {@link ReadLocks}, by name, as a statement would spell them. */
public final class LockHints {
  private LockHints() {}

  /** The hints giving {@code locks} (none for {@link ReadLocks#NONE}), in a fixed order. */
  public static List<String> names(ReadLocks locks) {
    List<String> names = new ArrayList<>(3);
    switch (locks.rows()) {
      case SHARED -> names.add("REPEATABLEREAD");
      case EXCLUSIVE -> names.add("UPDLOCK");
      case NONE -> {}
    }
    if (locks.range()) {
      names.add("HOLDLOCK");
    }
    if (locks.table()) {
      names.add("TABLOCKX");
    }
    switch (locks.whenLocked()) {
      case NO_WAIT -> names.add("NOWAIT");
      case SKIP_LOCKED -> names.add("READPAST");
      case AS_SESSION -> {}
    }
    return names;
  }
}
