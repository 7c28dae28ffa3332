package dev.quern.engine.session.option;

import java.util.List;

/** One SET option ("SET Statements (Transact-SQL)"): its name(s) and what setting it does. */
public interface SetOption {
  /** The names it answers to, upper case ("ANSI_NULLS", "STATISTICS IO"). */
  List<String> names();

  /** Does the option take ON/OFF (and so may appear in a list like SET A, B ON)? */
  default boolean onOff() {
    return true;
  }

  void apply(OptionTarget target, SetValue value);
}
