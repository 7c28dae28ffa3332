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
  private static final Map<String, Integer> LCIDS = Map.ofEntries(
      Map.entry("us_english", UserMessage.US_ENGLISH),
      Map.entry("British", UserMessage.US_ENGLISH),
      Map.entry("Deutsch", 1031),
      Map.entry("Français", 1036),
      Map.entry("Español", 3082),
      Map.entry("Italiano", 1040),
      Map.entry("Nederlands", 1043),
      Map.entry("日本語", 1041),
      Map.entry("한국어", 1042),
      Map.entry("简体中文", 2052),
      Map.entry("Português (Brasil)", 1046),
      Map.entry("русский", 1049));

  private MessageLanguages() {}

  /** The LCID of a language given by name or alias (sp_addmessage's @lang), if Quern knows it. */
  public static Optional<Integer> lcid(String nameOrAlias) {
    return SqlLanguages.find(nameOrAlias).map(l -> LCIDS.getOrDefault(l.name(), UserMessage.US_ENGLISH));
  }
}
