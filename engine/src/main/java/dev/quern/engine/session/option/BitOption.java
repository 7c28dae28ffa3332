package dev.quern.engine.session.option;

import java.util.List;

/** An ON/OFF option that is a bit of @@OPTIONS (ANSI_NULLS, NOCOUNT, XACT_ABORT …). */
final class BitOption implements SetOption {
  private final String name;
  private final int bit;
  private final int clearsWhenOn;

  BitOption(String name, int bit, int clearsWhenOn) {
    this.name = name;
    this.bit = bit;
    this.clearsWhenOn = clearsWhenOn;
  }

  @Override
  public List<String> names() {
    return List.of(name);
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    boolean on = value.isOn();
    target.sessionOptions().set(bit, on);
    // ANSI_NULL_DFLT_ON and ANSI_NULL_DFLT_OFF exclude each other.
    if (on && clearsWhenOn != 0) {
      target.sessionOptions().set(clearsWhenOn, false);
    }
  }
}
