package dev.quern.it;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * The large values {@link CrashDdlIT} writes, made again from the row's id and version alone so
 * that a recovered row's body and note can be checked byte for byte without keeping them: most
 * stay in the row (under 8,000 bytes), about one in four is a LOB of 10-200 KB and one in thirty
 * of 1-2 MB, chunked by the store.
 */
record DocPayload(byte[] body, String note) {

  static DocPayload of(int id, int version) {
    SplittableRandom random = new SplittableRandom(id * 1_000_003L + version);
    byte[] body = new byte[length(random)];
    random.nextBytes(body);
    int noteLength = random.nextInt(10) < 2 ? 8_001 + random.nextInt(30_000) : 1 + random.nextInt(200);
    String unit = "doc " + id + " v" + version + ";";
    StringBuilder note = new StringBuilder(noteLength + unit.length());
    while (note.length() < noteLength) {
      note.append(unit);
    }
    note.setLength(noteLength);
    return new DocPayload(body, note.toString());
  }

  private static int length(SplittableRandom random) {
    int pick = random.nextInt(30);
    if (pick == 0) {
      return 1_000_000 + random.nextInt(1_000_000);
    }
    if (pick < 8) {
      return 10_000 + random.nextInt(190_000);
    }
    return 1 + random.nextInt(7_000);
  }

  /** The CRC-32 of the body, as the {@code bsum} column keeps it. */
  long bodySum() {
    return sum(body);
  }

  static long sum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  static long sum(String text) {
    return sum(text.getBytes(StandardCharsets.UTF_8));
  }
}
