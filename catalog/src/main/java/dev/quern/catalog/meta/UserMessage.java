package dev.quern.catalog.meta;

/**
 * A user-defined error message (sp_addmessage): its number (above 50000), the language it is
 * written in as a Windows LCID (1033 for us_english, sys.messages' language_id), severity, whether
 * raising it is always logged (@with_log), and its printf-style text.
 */
public record UserMessage(int messageId, int languageId, int severity, boolean eventLogged, String text) {
  /** us_english: every message has this version before any other. */
  public static final int US_ENGLISH = 1033;

  public UserMessage withSeverity(int newSeverity) {
    return new UserMessage(messageId, languageId, newSeverity, eventLogged, text);
  }

  public UserMessage withEventLogged(boolean logged) {
    return new UserMessage(messageId, languageId, severity, logged, text);
  }
}
