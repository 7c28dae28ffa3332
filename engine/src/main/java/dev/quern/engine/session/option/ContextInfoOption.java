package dev.quern.engine.session.option;

import dev.quern.engine.error.SqlErrors;
import java.util.Arrays;
import java.util.List;

/** SET CONTEXT_INFO 0x…|@var: keeps up to 128 bytes (longer values are cut, as SQL Server does). */
final class ContextInfoOption implements SetOption {
  /** SQL Server's limit on context information. */
  static final int MAX_BYTES = 128;

  @Override
  public List<String> names() {
    return List.of("CONTEXT_INFO");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    byte[] bytes =
        switch (value.value()) {
          case byte[] b -> b;
          case null -> new byte[0];
          default -> throw SqlErrors.SYNTAX_NEAR.raise(value.text());
        };
    target.sessionOptions().contextInfo = Arrays.copyOf(bytes, Math.min(bytes.length, MAX_BYTES));
  }
}
