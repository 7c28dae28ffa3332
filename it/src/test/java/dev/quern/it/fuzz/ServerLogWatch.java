package dev.quern.it.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what the server logged since the last look and picks out the lines that betray a bug
 * rather than bad input: anything at ERROR level, an "Unexpected error", a Netty leak report, and
 * the JVM exceptions a decoder throws when it trusted a length (index, cast, null, arithmetic,
 * allocation). Protocol errors logged at WARN with their reason are what bad input should give.
 */
public final class ServerLogWatch {
  private static final Pattern SUSPICIOUS = Pattern.compile(
      "^\\S+ ERROR |Unexpected error|LEAK:|NullPointerException|IndexOutOfBounds"
          + "|ClassCastException|NegativeArraySize|ArithmeticException|OutOfMemoryError"
          + "|StackOverflowError|IllegalArgumentException|IllegalStateException"
          + "|BufferUnderflow|BufferOverflow|NumberFormatException|DateTimeException"
          + "|UnsupportedOperationException|IllegalReferenceCount|Internal error");

  private final Path log;
  private long position;

  public ServerLogWatch(Path log) {
    this.log = log;
    this.position = log.toFile().length();
  }

  /** The suspicious lines logged since the last call (with the stack trace lines after them). */
  public List<String> newSuspiciousLines() throws IOException {
    List<String> found = new ArrayList<>();
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long end = f.length();
      if (end <= position) {
        return found;
      }
      byte[] bytes = new byte[(int) Math.min(end - position, 16 << 20)];
      f.seek(position);
      f.readFully(bytes);
      // Only whole lines: a line still being written is read next time.
      int lastNewline = lastIndexOf(bytes, (byte) '\n');
      if (lastNewline < 0) {
        return found;
      }
      position += lastNewline + 1;
      String text = new String(bytes, 0, lastNewline + 1, StandardCharsets.UTF_8);
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (SUSPICIOUS.matcher(lines[i]).find()) {
          StringBuilder entry = new StringBuilder(lines[i]);
          for (int j = i + 1; j < lines.length && j <= i + 8 && isTraceLine(lines[j]); j++) {
            entry.append('\n').append(lines[j]);
          }
          found.add(entry.toString());
        }
      }
    }
    return found;
  }

  private static boolean isTraceLine(String line) {
    return line.startsWith("\tat ") || line.startsWith("Caused by") || line.startsWith("\t...");
  }

  private static int lastIndexOf(byte[] b, byte v) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }
}
