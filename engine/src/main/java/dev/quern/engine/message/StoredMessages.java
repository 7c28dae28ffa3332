package dev.quern.engine.message;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.UserMessage;
import java.util.Optional;

/**
 * Finds the message RAISERROR or FORMATMESSAGE names by number: a user-defined one in the
 * session's language, else its us_english version (as SQL Server falls back); a number up to 50000
 * is one of Quern's own messages.
 */
public final class StoredMessages {
  /** Numbers above this are user-defined (sp_addmessage refuses the others with 15040). */
  public static final int LAST_SYSTEM_NUMBER = 50000;

  /** A message found by number: what RAISERROR needs to raise it. */
  public record Found(int number, int severity, boolean eventLogged, String text) {}

  private StoredMessages() {}

  /** The message {@code number} as a session with {@code language} (SET LANGUAGE's name) reads it. */
  public static Optional<Found> find(Metadata master, int number, String language) {
    if (number <= LAST_SYSTEM_NUMBER) {
      return SystemMessages.find(number).map(e -> new Found(e.number(), e.severity(), false, e.text()));
    }
    int lcid = MessageLanguages.lcid(language).orElse(UserMessage.US_ENGLISH);
    return master.message(number, lcid).or(() -> master.message(number, UserMessage.US_ENGLISH))
        .map(m -> new Found(m.messageId(), m.severity(), m.eventLogged(), m.text()));
  }
}
