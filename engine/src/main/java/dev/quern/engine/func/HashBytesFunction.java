package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HASHBYTES(algorithm, input): MD5, SHA/SHA1, SHA2_256 or SHA2_512 of the input's bytes (varchar as
 * code page 1252, nvarchar as UTF-16LE, as SQL Server stores them); NULL for other algorithms.
 */
final class HashBytesFunction extends BuiltinFunction {
  private static final Map<String, String> ALGORITHMS =
      Map.of(
          "MD5", "MD5",
          "SHA", "SHA-1",
          "SHA1", "SHA-1",
          "SHA2_256", "SHA-256",
          "SHA2_512", "SHA-512");

  HashBytesFunction() {
    super("HASHBYTES", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    return SqlType.ofLength(TypeId.VARBINARY, SqlTypes.MAX_BYTES);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String algorithm = ALGORITHMS.get(a.string(0).trim().toUpperCase(Locale.ROOT));
    if (algorithm == null) {
      return null;
    }
    byte[] input = a.storedBytes(1);
    try {
      return MessageDigest.getInstance(algorithm).digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

}
