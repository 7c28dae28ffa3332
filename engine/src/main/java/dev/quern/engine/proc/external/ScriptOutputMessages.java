package dev.quern.engine.proc.external;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;

/**
 * Sends what a script printed as INFO messages under SQL Server's headers ("STDOUT message(s) from
 * external script: " and "STDERR message(s) from external script: ", ml-services.md §1.5).
 */
final class ScriptOutputMessages {
  /** Characters per INFO message: well under the 65535 a message token can carry. */
  static final int CHUNK = 4000;

  static final String STDOUT_HEADER = "STDOUT message(s) from external script: ";
  static final String STDERR_HEADER = "STDERR message(s) from external script: ";

  private ScriptOutputMessages() {}

  /** STDERR, then STDOUT; an empty stream sends nothing. */
  static void send(ResultSink sink, String stdout, String stderr) {
    sendStream(sink, STDERR_HEADER, stderr);
    sendStream(sink, STDOUT_HEADER, stdout);
  }

  private static void sendStream(ResultSink sink, String header, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    int first = Math.min(body.length(), CHUNK - header.length() - 1);
    sink.message(info(header + "\n" + body.substring(0, first)));
    for (int at = first; at < body.length(); at += CHUNK) {
      sink.message(info(body.substring(at, Math.min(body.length(), at + CHUNK))));
    }
  }

  private static SqlMessage info(String text) {
    return new SqlMessage(0, 1, 0, text, ExternalScriptProcedure.NAME, 0);
  }
}
