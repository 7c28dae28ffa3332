package dev.quern.engine.dbcc;

import dev.quern.engine.session.Databases;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allocation part of DBCC CHECKALLOC and CHECKDB. Quern has no pages or extents to account
 * for; what stands in for them is the store's table files, whose every block carries a checksum.
 * Reading them all finds bit rot anywhere on disk, in live or not yet compacted data alike. A
 * damaged block is reported as SQL Server reports a page failing its checksum, 824 (here at
 * severity 16, as a DBCC finding rather than a failed read), with the store's file and offset, and
 * counts as one allocation error. The store is shared by every database but tempdb, so the damage
 * found may hold another database's rows: the message names the file, not a table.
 */
final class AllocationCheck {
  /** RocksDB's words: "block checksum mismatch: stored… = 123, computed = 456, … in /x.sst offset 0 size 9". */
  private static final Pattern MISMATCH =
      Pattern.compile(".*stored[^=]*= (\\d+), computed = (\\d+).* in (\\S+) offset (\\d+).*", Pattern.DOTALL);

  private AllocationCheck() {}

  /** Checks {@code db}'s store; returns how many allocation errors were reported (0 or 1). */
  static int run(DbccCall call, Databases.Database db) {
    Optional<String> damage = call.state().store().storage().verifyFiles(db.id());
    if (damage.isEmpty()) {
      return 0;
    }
    call.message(824, 16, 2, text(damage.get(), db.id(), call.state().store().storage().directory(db.id()).toString()));
    return 1;
  }

  static String text(String damage, int databaseId, String directory) {
    Matcher m = MISMATCH.matcher(damage);
    String what;
    String file;
    long offset;
    if (m.matches()) {
      what = String.format(Locale.ROOT, "incorrect checksum (expected: 0x%08x; actual: 0x%08x)",
          Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      file = m.group(3);
      offset = Long.parseLong(m.group(4));
    } else {
      what = damage;
      file = directory;
      offset = 0;
    }
    return String.format(Locale.ROOT,
        "SQL Server detected a logical consistency-based I/O error: %s. It occurred during a read of page (1:0) in"
            + " database ID %d at offset 0x%014x in file '%s'.  Additional messages in the SQL Server error log or"
            + " operating system error log may provide more detail. This is a severe error condition that threatens"
            + " database integrity and must be corrected immediately. Complete a full database consistency check (DBCC"
            + " CHECKDB). This error can be caused by many factors; for more information, see SQL Server Books Online.",
        what, databaseId, offset, file);
  }
}
