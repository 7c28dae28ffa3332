package dev.quern.python;

import dev.quern.python.control.Message;

/** The stdout and stderr a satellite sent back, with the truncation note when capped. */
final class OutputText {
  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();

  void add(Message.OutputText t) {
    StringBuilder b = t.stream() == Message.OutputText.STDOUT ? stdout : stderr;
    b.append(t.text());
    if (t.truncatedBytes() > 0) {
      if (!b.isEmpty() && b.charAt(b.length() - 1) != '\n') {
        b.append('\n');
      }
      b.append("[Quern: output truncated, ")
          .append(t.truncatedBytes())
          .append(" more bytes of ")
          .append(t.stream() == Message.OutputText.STDOUT ? "STDOUT" : "STDERR")
          .append(" were not kept]");
    }
  }

  String stdout() {
    return stdout.toString();
  }

  String stderr() {
    return stderr.toString();
  }
}
