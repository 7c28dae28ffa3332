package dev.quern.engine.bulk;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A bcp format file as BULK INSERT reads it ("Format files to import or export data (SQL
 * Server)"): the fields of each record of the data file and the table column each one loads. Both
 * spellings are read, the non-XML one ({@link BulkFormatText}) and the XML one ({@link
 * BulkFormatXml}); whether a file is XML is told by its first character, as bcp does.
 *
 * <p>Quern loads character data only: every field must be SQLCHAR (a UTF-8 data file) or every
 * field SQLNCHAR (UTF-16), without a length prefix; native host types, prefixes and a mix of the
 * two are refused (40517) rather than misread.
 *
 * @param fields the data file's fields, in file order
 * @param targets the fields that load a column; a field no target names is read and skipped
 */
public record BulkFormat(List<HostField> fields, List<Target> targets) {
  /** Host data types a format file may name (a name outside them is 4824). */
  static final Set<String> HOST_TYPES = Set.of(
      "SQLCHAR", "SQLVARYCHAR", "SQLNCHAR", "SQLNVARCHAR", "SQLBINARY", "SQLVARYBIN", "SQLBIT", "SQLTINYINT",
      "SQLSMALLINT", "SQLINT", "SQLBIGINT", "SQLFLT4", "SQLFLT8", "SQLREAL", "SQLDECIMAL", "SQLNUMERIC", "SQLMONEY",
      "SQLMONEY4", "SQLDATETIME", "SQLDATETIM4", "SQLDATE", "SQLTIME", "SQLDATETIME2", "SQLDATETIMEOFFSET",
      "SQLUNIQUEID", "SQLVARIANT", "SQLUDT", "SQLXML", "SQLIMAGE", "SQLTEXT", "SQLNTEXT");

  /**
   * One field of a record: its host type (SQLCHAR, SQLNCHAR…), its length prefix in bytes, its
   * length (characters of a fixed field; 0 when a terminator ends it) and its terminator.
   */
  public record HostField(String hostType, int prefixLength, int length, String terminator) {}

  /**
   * Field {@code field} (from 0) loads table column {@code column} (from 1); as a column of
   * OPENROWSET(BULK …) it is {@code name} of {@code type} (an XML format file's COLUMN type, else
   * the host type's character type).
   */
  public record Target(int field, int column, String name, SqlType type) {}

  public BulkFormat {
    fields = List.copyOf(fields);
    targets = List.copyOf(targets);
  }

  /** Reads the format file {@code path} (4860 if it cannot be read, 48xx if it is malformed). */
  public static BulkFormat read(String path) {
    String text;
    try (InputStream in = ServerFiles.open(path)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_INCOMPLETE.raise(path, "(null)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    BulkFormat format = text.strip().startsWith("<") ? BulkFormatXml.parse(text, path) : BulkFormatText.parse(text, path);
    return format.checkCharacterData();
  }

  /** Whether the data file is UTF-16 (its fields are SQLNCHAR). */
  public boolean wide() {
    return fields.getFirst().hostType().equals("SQLNCHAR");
  }

  /**
   * The character type a field of host type {@code hostType} and {@code length} (bytes; 0 when
   * a terminator ends it) reads as: varchar or nvarchar, max beyond what a column may declare.
   */
  static SqlType characterType(String hostType, int length) {
    boolean wide = hostType.equals("SQLNCHAR");
    int chars = wide ? length / 2 : length;
    boolean fits = chars > 0 && chars <= (wide ? 4000 : 8000);
    return SqlType.ofLength(wide ? TypeId.NVARCHAR : TypeId.VARCHAR, fits ? chars : SqlType.MAX);
  }

  private BulkFormat checkCharacterData() {
    String first = fields.getFirst().hostType();
    for (HostField f : fields) {
      if (!f.hostType().equals("SQLCHAR") && !f.hostType().equals("SQLNCHAR")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FORMATFILE with host data type " + f.hostType());
      }
      if (!f.hostType().equals(first)) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FORMATFILE mixing SQLCHAR and SQLNCHAR fields");
      }
      if (f.prefixLength() != 0) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FORMATFILE with a prefix length");
      }
    }
    return this;
  }
}
