package dev.quern.it.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test needs to know of one reply message: the ERROR tokens in it, whether LOGINACK came,
 * whether it ends with a final DONE [MS-TDS §2.2.7]. Tokens are walked up to the first one whose
 * length needs the column types (COLMETADATA and what follows it), which a raw test does not
 * decode; {@link #complete()} says whether the walk reached the end.
 */
public record TdsReply(List<Error> errors, boolean loggedIn, boolean complete, boolean endsWithDone,
    byte[] bytes) {

  /** One ERROR token. */
  public record Error(int number, int state, int severity, String message) {
    @Override
    public String toString() {
      return "Msg " + number + ", Level " + severity + ", State " + state + ": " + message;
    }
  }

  private static final int DONE_MORE = 0x01;
  private static final int DONE_ATTN = 0x20;
  private static final int DONE_LENGTH = 13;

  public static TdsReply of(byte[] message) {
    ByteBuffer b = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
    List<Error> errors = new ArrayList<>();
    boolean loginAck = false;
    boolean complete = true;
    try {
      walk:
      while (b.hasRemaining()) {
        int token = b.get() & 0xFF;
        switch (token) {
          case 0xAA -> errors.add(error(b));
          case 0xAD -> {
            loginAck = true;
            skip(b, b.getShort() & 0xFFFF);
          }
          case 0xAB, 0xE3, 0xA9, 0xA5, 0xA4 -> skip(b, b.getShort() & 0xFFFF);
          case 0xE4 -> skip(b, b.getInt());
          case 0xFD, 0xFE, 0xFF -> skip(b, 12);
          case 0x79 -> skip(b, 4);
          case 0xAE -> skipFeatureAck(b);
          default -> {
            complete = false; // COLMETADATA, ROW, RETURNVALUE…: lengths depend on types
            break walk;
          }
        }
      }
    } catch (RuntimeException truncated) {
      complete = false;
    }
    return new TdsReply(List.copyOf(errors), loginAck, complete, endsWithFinalDone(message),
        message);
  }

  /** Whether this is the acknowledgement of an ATTENTION: its final DONE has DONE_ATTN. */
  public boolean attentionAck() {
    return endsWithDone && (bytes[bytes.length - DONE_LENGTH + 1] & DONE_ATTN) != 0;
  }

  /** Whether the UTF-16 text {@code s} appears anywhere in the reply (row values, messages). */
  public boolean contains(String s) {
    byte[] needle = s.getBytes(StandardCharsets.UTF_16LE);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static Error error(ByteBuffer b) {
    int length = b.getShort() & 0xFFFF;
    int end = b.position() + length;
    int number = b.getInt();
    int state = b.get() & 0xFF;
    int severity = b.get() & 0xFF;
    String text = usVarchar(b);
    b.position(end);
    return new Error(number, state, severity, text);
  }

  private static String usVarchar(ByteBuffer b) {
    int chars = b.getShort() & 0xFFFF;
    byte[] utf16 = new byte[chars * 2];
    b.get(utf16);
    return new String(utf16, StandardCharsets.UTF_16LE);
  }

  private static void skipFeatureAck(ByteBuffer b) {
    while ((b.get() & 0xFF) != 0xFF) {
      skip(b, b.getInt());
    }
  }

  private static void skip(ByteBuffer b, int n) {
    b.position(b.position() + n);
  }

  private static boolean endsWithFinalDone(byte[] m) {
    if (m.length < DONE_LENGTH) {
      return false;
    }
    int token = m[m.length - DONE_LENGTH] & 0xFF;
    int status = m[m.length - DONE_LENGTH + 1] & 0xFF;
    return (token == 0xFD || token == 0xFE || token == 0xFF) && (status & DONE_MORE) == 0;
  }

  @Override
  public String toString() {
    return "TdsReply[" + bytes.length + " bytes, errors=" + errors + ", complete=" + complete
        + ", endsWithDone=" + endsWithDone + "]";
  }
}
