package dev.quern.engine.session.option;

import dev.quern.engine.error.SqlErrors;
import java.util.List;

/** SET DEADLOCK_PRIORITY LOW|NORMAL|HIGH|-10…10. */
final class DeadlockPriorityOption implements SetOption {
  @Override
  public List<String> names() {
    return List.of("DEADLOCK_PRIORITY");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    int p =
        switch (value.upper()) {
          case "LOW" -> -5;
          case "NORMAL" -> 0;
          case "HIGH" -> 5;
          default -> (int) value.number();
        };
    if (p < -10 || p > 10) {
      throw SqlErrors.SYNTAX_NEAR.raise(value.text());
    }
    target.sessionOptions().deadlockPriority = p;
  }
}
