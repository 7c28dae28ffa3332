package dev.quern.engine.sys;

import dev.quern.engine.session.SessionOptions;

/** SET options as the session and request DMVs show them, where no single option flag says it. */
final class SessionSettings {
  private SessionSettings() {}

  /**
   * ansi_defaults: 1 while every option SET ANSI_DEFAULTS ON switches on is on, so that it reads
   * 1 after SET ANSI_DEFAULTS ON and 0 once any of them is switched off again.
   */
  static boolean ansiDefaults(SessionOptions o) {
    int bits =
        SessionOptions.ANSI_NULLS
            | SessionOptions.ANSI_NULL_DFLT_ON
            | SessionOptions.ANSI_PADDING
            | SessionOptions.ANSI_WARNINGS
            | SessionOptions.CURSOR_CLOSE_ON_COMMIT
            | SessionOptions.IMPLICIT_TRANSACTIONS
            | SessionOptions.QUOTED_IDENTIFIER;
    for (int bit = 1; bit <= bits; bit <<= 1) {
      if ((bits & bit) != 0 && !o.has(bit)) {
        return false;
      }
    }
    return true;
  }
}
