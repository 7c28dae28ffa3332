package dev.quern.engine.ast;

import dev.quern.catalog.kv.ReadLocks;
import java.util.List;

/**
 * What an UPDATE or DELETE says about the rows of its target it reads: {@code TOP (count)
 * [PERCENT]} (count null: no TOP), the locks its table hints ask for on top of the exclusive
 * ones every changed row gets (HOLDLOCK, NOWAIT, READPAST; see {@link ReadLocks}). Hints that choose
 * an index are refused on a target (1069), as SQL Server refuses them.
 */
public record DmlTarget(Expr count, boolean percent, ReadLocks locks) {

  /** {@code TOP (n) [PERCENT] } as written, or nothing. */
  static String topSql(DmlTarget t) {
    return t == null || t.count == null ? "" : "TOP (" + t.count.toSql() + ")" + (t.percent ? " PERCENT " : " ");
  }

  /** {@code  WITH (hints)} as written, or nothing. */
  static String hintSql(DmlTarget t) {
    List<String> hints = t == null ? List.of() : LockHints.names(t.locks);
    return hints.isEmpty() ? "" : " WITH (" + String.join(", ", hints) + ")";
  }
}
