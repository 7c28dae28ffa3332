package dev.quern.engine.session.option;

import dev.quern.engine.error.SqlErrors;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SET DATEFORMAT mdy|dmy|ymd|ydm|myd|dym. */
final class DateFormatOption implements SetOption {
  private static final Set<String> ORDERS = Set.of("mdy", "dmy", "ymd", "ydm", "myd", "dym");

  @Override
  public List<String> names() {
    return List.of("DATEFORMAT");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    String order = value.text().strip().toLowerCase(Locale.ROOT);
    if (!ORDERS.contains(order)) {
      throw SqlErrors.INVALID_DATEFORMAT.raise(value.text());
    }
    target.sessionOptions().dateFormat = order;
  }
}
