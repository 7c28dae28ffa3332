package dev.quern.engine.session.option;

import dev.quern.engine.session.SessionOptions;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** An option taking a number: TEXTSIZE, ROWCOUNT, LOCK_TIMEOUT, QUERY_GOVERNOR_COST_LIMIT. */
final class NumberOption implements SetOption {
  private final String name;
  private final ObjIntConsumer<SessionOptions> setter;

  NumberOption(String name, ObjIntConsumer<SessionOptions> setter) {
    this.name = name;
    this.setter = setter;
  }

  @Override
  public List<String> names() {
    return List.of(name);
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    long n = value.number();
    setter.accept(target.sessionOptions(), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
  }
}
