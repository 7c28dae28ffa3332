package dev.quern.engine.cursor;

import dev.quern.engine.ast.CursorStatement;

/**
 * What a declared cursor is, its options resolved as "DECLARE CURSOR (Transact-SQL)" says: the kind
 * (DYNAMIC when none is given, KEYSET for an ISO SCROLL cursor), whether it scrolls (FORWARD_ONLY unless SCROLL, or unless STATIC,
 * KEYSET or DYNAMIC is given without FORWARD_ONLY; FAST_FORWARD never), and whether it is read-only
 * (READ_ONLY, FOR READ ONLY, STATIC/INSENSITIVE and FAST_FORWARD are).
 */
public record CursorKind(String kind, boolean scroll, boolean readOnly, boolean local) {

  /** The kind of {@code definition}; {@code defaultLocal} is the database's CURSOR_DEFAULT. */
  public static CursorKind of(CursorStatement.Definition definition, boolean defaultLocal) {
    CursorStatement.Options o = definition.options();
    // An ISO SCROLL cursor reflects committed updates and deletes and fetches by any orientation:
    // a keyset one (a dynamic one would refuse ABSOLUTE).
    String kind = o.kind() != null ? o.kind() : o.iso() && Boolean.TRUE.equals(o.scroll()) ? "KEYSET" : "DYNAMIC";
    boolean scroll =
        kind.equals("FAST_FORWARD")
            ? false
            : o.scroll() != null ? o.scroll() : o.kind() != null && !o.iso();
    boolean readOnly =
        definition.readOnly()
            || "READ_ONLY".equals(o.concurrency())
            || kind.equals("STATIC")
            || kind.equals("FAST_FORWARD");
    return new CursorKind(kind, scroll, readOnly, o.local() != null ? o.local() : defaultLocal);
  }

  /** Whether it reads as it goes (no count of its rows, no ABSOLUTE). */
  public boolean dynamic() {
    return kind.equals("DYNAMIC") || kind.equals("FAST_FORWARD");
  }
}
