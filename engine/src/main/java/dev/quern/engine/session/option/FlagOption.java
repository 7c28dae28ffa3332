package dev.quern.engine.session.option;

import java.util.List;

/** An ON/OFF option without an @@OPTIONS bit (FMTONLY, NOEXEC, SHOWPLAN_XML, STATISTICS IO …). */
final class FlagOption implements SetOption {
  private final String name;

  FlagOption(String name) {
    this.name = name;
  }

  @Override
  public List<String> names() {
    return List.of(name);
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    target.sessionOptions().flag(name, value.isOn());
  }
}
