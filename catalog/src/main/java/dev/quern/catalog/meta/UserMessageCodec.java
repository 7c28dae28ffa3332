package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;

/**
 * Key and stored form of a user-defined message in the catalog range: the key is the message
 * number then the language id (so a scan lists them in sys.messages' order); the value is a format
 * byte, the number, language, severity, the with-log flag and the text.
 */
final class UserMessageCodec {
  static final byte KIND = 0x0C;
  private static final int FORMAT = 1;

  private UserMessageCodec() {}

  static byte[] key(int messageId, int languageId) {
    return new ByteSink(11).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND)
        .putInt(messageId).putShort(languageId).toBytes();
  }

  static byte[] encode(UserMessage m) {
    byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
    return new ByteSink(16 + text.length).put(FORMAT).putInt(m.messageId()).putShort(m.languageId())
        .put(m.severity()).put(m.eventLogged() ? 1 : 0).putVarint(text.length).put(text).toBytes();
  }

  static UserMessage decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown user message format " + format);
    }
    int id = r.getInt();
    int language = r.getShort();
    int severity = r.get();
    boolean logged = r.get() != 0;
    String text = new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
    return new UserMessage(id, language, severity, logged, text);
  }
}
