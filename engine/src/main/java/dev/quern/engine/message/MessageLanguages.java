package dev.quern.engine.message;

import dev.quern.catalog.meta.UserMessage;
import dev.quern.engine.locale.SqlLanguages;
import java.util.Map;
import java.util.Optional;

/**
 * The message language of each language SET LANGUAGE knows, as the Windows LCID sys.messages'
 * language_id holds (sys.syslanguages' msglangid): British English reads the us_english messages,
 * as in SQL Server.
 */
public final class MessageLanguages {
  private static final Map<String, Integer> LCIDS = Map.of(
      "us_english", UserMessage.US_ENGLISH,
      "British", UserMessage.US_ENGLISH,
      "Deutsch", 1031,
      "Français", 1036,
      "Español", 3082,
      "Italiano", 1040,
      "Nederlands", 1043);

  private MessageLanguages() {}

  /** The LCID of a language given by name or alias (sp_addmessage's @lang), if Quern knows it. */
  public static Optional<Integer> lcid(String nameOrAlias) {
    return SqlLanguages.find(nameOrAlias).map(l -> LCIDS.getOrDefault(l.name(), UserMessage.US_ENGLISH));
  }
}
