package dev.quern.engine.agent;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens around one attempt of a T-SQL step's batch, as SQL Server Agent does it: the
 * agent's tokens replaced in the command and the output file name ({@link AgentTokens}), the step
 * refused before it starts when either has a token without an escape macro, the output file opened
 * before the batch runs ({@link StepOutputFile}) and its messages written to it after. Decided
 * where SQL Server's exact behaviour is not documented: an output file that cannot be opened (a
 * directory that does not exist, no permission) fails the step without running its command, with
 * the history message "Unable to open Step output file.  The step failed."
 */
final class StepLaunch {
  private static final Logger LOG = LoggerFactory.getLogger(StepLaunch.class);
  static final String UNABLE_TO_OPEN = "Unable to open Step output file.  The step failed.";

  private final SqlAgent agent;
  private final AgentRow job;
  private final AgentRow step;
  private final LocalDateTime at;
  private final AgentTokens tokens;
  private String refusal;

  StepLaunch(SqlAgent agent, AgentRow job, AgentRow step, LocalDateTime jobStart, LocalDateTime at) {
    this.agent = agent;
    this.job = job;
    this.step = step;
    this.at = at;
    this.tokens = AgentTokens.forStep(agent, job, step, jobStart, at);
    if (tokens.unescaped(step.string("command")).or(() -> tokens.unescaped(step.string("output_file_name"))).isPresent()) {
      refusal = "Unable to start execution of step " + step.intValue("step_id") + " (reason: The job step contains one"
          + " or more tokens. For SQL Server 2005 Service Pack 1 or later, all job steps with tokens must be updated"
          + " with a macro before the job can run.).  The step failed.";
    }
  }

  /** Why the step did not run (its history message), or null. */
  String refusal() {
    return refusal;
  }

  /**
   * Opens the output file, runs the command ({@code execute} takes the command with its tokens
   * replaced and returns who it ran as) and writes the file; null when the file cannot be opened.
   */
  String run(StepOutput out, Function<String, String> execute) {
    StepOutputFile file = null;
    String name = tokens.replace(step.string("output_file_name"));
    if (name != null) {
      try {
        Path path = agent.server().storage().get().logDirectory().resolve(name);
        boolean append = (step.intValue("flags") & StepOutputFile.APPEND) != 0;
        file = StepOutputFile.open(path, append, job.string("name"), step.intValue("step_id"), step.string("step_name"), at);
      } catch (IOException | InvalidPathException e) {
        refusal = UNABLE_TO_OPEN;
        return null;
      }
    }
    String user = execute.apply(tokens.replace(step.string("command")));
    if (file != null) {
      try (StepOutputFile f = file) {
        f.messages(out.messages());
      } catch (IOException e) {
        LOG.warn("Job '{}' step {}: cannot write its output file {}", job.string("name"), step.intValue("step_id"), name, e);
      }
    }
    return user;
  }
}
