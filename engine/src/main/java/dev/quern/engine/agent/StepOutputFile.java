package dev.quern.engine.agent;

import dev.quern.engine.api.SqlMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A job step's output file (sysjobsteps.output_file_name), written as SQL Server Agent writes a
 * T-SQL step's: opened when the step starts (emptied, or appended to with flag 2), a first line
 * {@code Job 'name' : Step n, 'step' : Began Executing 2026-11-27 21:00:00}, a blank line, then the
 * batch's messages one a line: {@code text [SQLSTATE 01000]} for a message, {@code Msg 8134, Sev
 * 16, State 1, Line 1 : Divide by zero error encountered. [SQLSTATE 22012]} for an error. A
 * relative name is taken in the server's log directory. Lines end as the host's do.
 */
final class StepOutputFile implements AutoCloseable {
  /** flags bit 2: append to the output file instead of overwriting it. */
  static final int APPEND = 2;
  private static final DateTimeFormatter BEGAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final BufferedWriter out;

  private StepOutputFile(BufferedWriter out) {
    this.out = out;
  }

  /** Opens the file and writes its header; an IOException when it cannot (the step then fails). */
  static StepOutputFile open(Path file, boolean append, String job, int stepId, String step, LocalDateTime began)
      throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    StepOutputFile f = new StepOutputFile(w);
    f.line("Job '" + job + "' : Step " + stepId + ", '" + step + "' : Began Executing " + BEGAN.format(began));
    f.line("");
    return f;
  }

  /** Writes the step's messages. */
  void messages(List<SqlMessage> messages) throws IOException {
    for (SqlMessage m : messages) {
      String text = m.text() + " [SQLSTATE " + StepOutput.sqlState(m) + "]";
      line(m.isError() ? "Msg " + m.number() + ", Sev " + m.severity() + ", State " + m.state() + ", Line "
          + m.lineNumber() + " : " + text : text);
    }
  }

  private void line(String s) throws IOException {
    out.write(s);
    out.newLine();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
