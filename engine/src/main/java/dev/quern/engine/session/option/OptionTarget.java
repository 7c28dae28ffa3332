package dev.quern.engine.session.option;

import dev.quern.engine.session.SessionOptions;

/** What a SET option may change: the session's options, and its language (with its side effects). */
public interface OptionTarget {
  SessionOptions sessionOptions();

  /** SET LANGUAGE: switches language, date format and first day; tells the client. */
  void changeLanguage(String nameOrAlias);
}
