package dev.quern.engine.session.option;

import dev.quern.engine.session.SessionOptions;
import java.util.List;

/** SET ANSI_DEFAULTS: switches the ISO-behaviour options together, as SQL Server documents. */
final class AnsiDefaultsOption implements SetOption {
  private static final int BITS =
      SessionOptions.ANSI_NULLS
          | SessionOptions.ANSI_NULL_DFLT_ON
          | SessionOptions.ANSI_PADDING
          | SessionOptions.ANSI_WARNINGS
          | SessionOptions.CURSOR_CLOSE_ON_COMMIT
          | SessionOptions.IMPLICIT_TRANSACTIONS
          | SessionOptions.QUOTED_IDENTIFIER;

  @Override
  public List<String> names() {
    return List.of("ANSI_DEFAULTS");
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    target.sessionOptions().set(BITS, value.isOn());
  }
}
