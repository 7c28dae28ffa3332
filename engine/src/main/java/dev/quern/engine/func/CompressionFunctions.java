package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * COMPRESS(value) and DECOMPRESS(gzip) (varbinary(max), GZIP as SQL Server writes it: no file
 * name or time, the "fastest" flag) and CRYPT_GEN_RANDOM(length [, seed]). Character data is
 * compressed as its bytes (varchar in its code page, nvarchar as UTF-16LE), so
 * {@code CAST(DECOMPRESS(COMPRESS(N'x')) AS nvarchar(max))} gives the text back. DECOMPRESS of
 * anything that is not GZIP data is NULL.
 */
final class CompressionFunctions {
  private CompressionFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Compress(), new Decompress(), new CryptGenRandom());
  }

  /** The GZIP member header: deflate, no flags, no time, XFL 4 (fastest), OS 0 (as SQL Server's). */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, 0};

  static byte[] gzip(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
      out.writeBytes(HEADER);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      littleEndian(out, (int) crc.getValue());
      littleEndian(out, data.length);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void littleEndian(ByteArrayOutputStream out, int v) {
    for (int i = 0; i < 4; i++) {
      out.write(v >>> (8 * i));
    }
  }

  /** COMPRESS(char/varchar/nchar/nvarchar/binary/varbinary): GZIP bytes. */
  private static final class Compress extends BuiltinFunction {
    Compress() {
      super("COMPRESS", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      if (!Arguments.hasStoredBytes(types.getFirst())) {
        throw Arity.invalidType(name(), types.getFirst(), 1);
      }
      return SqlTypes.VARBINARY_MAX;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return gzip(a.storedBytes(0));
    }
  }

  /** DECOMPRESS(gzip): the original bytes, NULL when the input is not GZIP data. */
  private static final class Decompress extends BuiltinFunction {
    Decompress() {
      super("DECOMPRESS", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      if (!Arguments.hasStoredBytes(types.getFirst())) {
        throw Arity.invalidType(name(), types.getFirst(), 1);
      }
      return SqlTypes.VARBINARY_MAX;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      byte[] in = a.storedBytes(0);
      try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
        return gz.readAllBytes();
      } catch (IOException | RuntimeException e) {
        return null; // not GZIP data (or a corrupt stream)
      }
    }
  }

  /**
   * CRYPT_GEN_RANDOM(length [, seed]): length (1–8000) cryptographically random bytes, NULL for
   * another length. The seed SQL Server mixes into its generator is accepted; the bytes stay
   * random either way (as they are in SQL Server).
   */
  private static final class CryptGenRandom extends BuiltinFunction {
    private static final SecureRandom RANDOM = new SecureRandom();

    CryptGenRandom() {
      super("CRYPT_GEN_RANDOM", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      if (!SqlTypes.isInteger(types.getFirst().id())) {
        throw Arity.invalidType(name(), types.getFirst(), 1);
      }
      return SqlType.ofLength(TypeId.VARBINARY, SqlTypes.MAX_BYTES);
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL seed is no seed
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      long length = a.bigint(0);
      if (length < 1 || length > SqlTypes.MAX_BYTES) {
        return null;
      }
      byte[] bytes = new byte[(int) length];
      RANDOM.nextBytes(bytes);
      return bytes;
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
