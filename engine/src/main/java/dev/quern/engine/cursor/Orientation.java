package dev.quern.engine.cursor;

import java.util.Locale;

/** Where a FETCH moves a cursor ("FETCH (Transact-SQL)"). */
public enum Orientation {
  NEXT,
  PRIOR,
  FIRST,
  LAST,
  ABSOLUTE,
  RELATIVE;

  /** The name as error 16911 writes it (lower case). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name as error 16925 writes it ("Absolute"). */
  public String title() {
    return name().charAt(0) + lower().substring(1);
  }
}
