package dev.quern.engine.session.option;

import dev.quern.engine.error.SqlErrors;
import java.util.List;

/** SET DATEFIRST 1–7. */
final class DateFirstOption implements SetOption {
  @Override
  public List<String> names() {
    return List.of("DATEFIRST");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    long n = value.number();
    if (n < 1 || n > 7) {
      throw SqlErrors.INVALID_DATEFIRST.raise((int) n);
    }
    target.sessionOptions().dateFirst = (int) n;
  }
}
