package dev.quern.engine.agent;

import dev.quern.catalog.value.Guids;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL Server Agent's tokens in a job step's command and output file name ("Use Tokens in Job
 * Steps"): {@code $(ESCAPE_SQUOTE(JOBNAME))} and its siblings are replaced, when the step runs,
 * by the token's value with ' doubled (ESCAPE_SQUOTE), " doubled (ESCAPE_DQUOTE), ] doubled
 * (ESCAPE_RBRACKET) or as it is (ESCAPE_NONE). Tokens are case-sensitive. Since SQL Server 2005
 * SP1 a token must be inside an escape macro: a bare {@code $(JOBNAME)} fails the step, which
 * {@link #unescaped} finds before anything is replaced. A {@code $(…)} naming no token the agent
 * knows (the alert tokens A-DBN …, WMI(…), which it replaces only for jobs alerts start, with
 * alert token replacement on) is left as it is.
 */
final class AgentTokens {
  private static final Pattern TOKEN = Pattern.compile(
      "\\$\\((?:ESCAPE_(SQUOTE|DQUOTE|RBRACKET|NONE)\\(([A-Z][A-Z-]*)\\)|([A-Z][A-Z-]*))\\)");

  private final Map<String, String> values;

  /** The tokens' values by name (JOBNAME, STEPID, DATE, …). */
  AgentTokens(Map<String, String> values) {
    this.values = values;
  }

  /**
   * The tokens of one run of a step: the job's and the step's names and ids, the job's start
   * (STRTDT, STRTTM) and now (DATE, TIME) as yyyymmdd and hhmmss without leading zeros, as the
   * agent writes them; the server (SRVR, MACH; INST is empty, Quern being a default instance) and
   * its directories (SQLDIR the data directory, SQLLOGDIR the log directory). JOBID is the job id
   * as a binary literal, so {@code CONVERT(uniqueidentifier, $(ESCAPE_NONE(JOBID)))} gives it back.
   */
  static AgentTokens forStep(SqlAgent agent, AgentRow job, AgentRow step, LocalDateTime jobStart, LocalDateTime now) {
    Map<String, String> v = new HashMap<>();
    v.put("JOBNAME", job.string("name"));
    v.put("JOBID", "0x" + HexFormat.of().withUpperCase().formatHex(Guids.toBytes(job.uuid("job_id"))));
    v.put("STEPID", String.valueOf(step.intValue("step_id")));
    v.put("STEPNAME", step.string("step_name"));
    v.put("STRTDT", String.valueOf(AgentDates.date(jobStart.toLocalDate())));
    v.put("STRTTM", String.valueOf(AgentDates.time(jobStart.toLocalTime())));
    v.put("DATE", String.valueOf(AgentDates.date(now.toLocalDate())));
    v.put("TIME", String.valueOf(AgentDates.time(now.toLocalTime())));
    String server = agent.server().serverName();
    v.put("SRVR", server);
    v.put("MACH", server);
    v.put("INST", "");
    v.put("SQLDIR", agent.server().storage().get().dataDirectory().toString());
    v.put("SQLLOGDIR", agent.server().storage().get().logDirectory().toString());
    return new AgentTokens(v);
  }

  /** The first token of {@code text} written without an escape macro, if any. */
  Optional<String> unescaped(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (m.group(3) != null && values.containsKey(m.group(3))) {
        return Optional.of(m.group(3));
      }
    }
    return Optional.empty();
  }

  /** {@code text} with every escaped token replaced (null stays null). */
  String replace(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String value = m.group(2) == null ? null : values.get(m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : escape(m.group(1), value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String macro, String value) {
    return switch (macro) {
      case "SQUOTE" -> value.replace("'", "''");
      case "DQUOTE" -> value.replace("\"", "\"\"");
      case "RBRACKET" -> value.replace("]", "]]");
      default -> value;
    };
  }
}
