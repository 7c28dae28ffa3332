package dev.quern.server.types;

import dev.quern.tds.type.Collation;

/**
 * The 5-byte TDS COLLATION of a column's collation [MS-TDS §2.2.5.1.2]: LCID 1033 for the whole
 * Latin1 family, the ignore-case / ignore-accent / ignore-kana / ignore-width flags of a Windows
 * collation (binary ones set fBinary or fBinary2 alone), version 1 for the _100_ collations, and
 * for a SQL collation its sort order id (52, 51, 54), which clients read the code page from.
 */
public final class WireCollations {
  private static final int LCID_EN_US = 0x0409;
  private static final int VERSION_SHIFT = 28;

  private WireCollations() {}

  /** The wire form of {@code c}; the server default for null. */
  public static Collation of(dev.quern.catalog.value.Collation c) {
    if (c == null || c.isDefault()) {
      return Collation.DEFAULT;
    }
    int info = LCID_EN_US | (c.version() == 0 ? 0 : 1) << VERSION_SHIFT;
    if (c.binary()) {
      info |= c.style() == dev.quern.catalog.value.Collation.Style.BIN ? Collation.BINARY : Collation.BINARY2;
      return new Collation(info, 0);
    }
    info |= Collation.IGNORE_KANA | Collation.IGNORE_WIDTH;
    if (!c.caseSensitive()) {
      info |= Collation.IGNORE_CASE;
    }
    if (!c.accentSensitive()) {
      info |= Collation.IGNORE_ACCENT;
    }
    return new Collation(info, c.sortId());
  }
}
