package dev.quern.engine.session.option;

import java.util.List;

/** SET LANGUAGE name: also sets DATEFORMAT and DATEFIRST and sends ENVCHANGE + message 5703. */
final class LanguageOption implements SetOption {
  @Override
  public List<String> names() {
    return List.of("LANGUAGE");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    target.changeLanguage(value.text());
  }
}
