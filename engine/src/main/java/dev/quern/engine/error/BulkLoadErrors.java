package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

import dev.quern.engine.api.SqlMessage;

/**
 * The errors of BULK INSERT ("Database engine events and errors (4000 to 4999)"; 7399 and 7330 are
 * the OLE DB provider errors SQL Server adds after a load that fails while reading its file).
 */
public final class BulkLoadErrors {
  private BulkLoadErrors() {}

  private static ErrorTemplate e(int n, String text) {
    return new ErrorTemplate(n, 16, 1, text, STATEMENT);
  }

  public static final ErrorTemplate FILE_MISSING =
      e(4860, "Cannot bulk load. The file \"%s\" does not exist or you don't have file access rights.");
  public static final ErrorTemplate FILE_NOT_OPENED =
      e(4861, "Cannot bulk load because the file \"%s\" could not be opened. Operating system error code %s.");
  public static final ErrorTemplate FILE_INCOMPLETE = e(4862,
      "Cannot bulk load because the file \"%s\" is incomplete or could not be read. Operating system error code %s.");
  public static final ErrorTemplate FORMAT_VERSION = e(4820, "Cannot bulk load. Unknown version of format file \"%s\".");
  public static final ErrorTemplate FORMAT_COUNT_UNREADABLE =
      e(4821, "Cannot bulk load. Error reading the number of columns from the format file \"%s\".");
  public static final ErrorTemplate FORMAT_COUNT = e(4822, "Cannot bulk load. Invalid number of columns in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_FIELD_NUMBER =
      e(4823, "Cannot bulk load. Invalid column number in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_DATA_TYPE =
      e(4824, "Cannot bulk load. Invalid data type for column number %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_PREFIX =
      e(4825, "Cannot bulk load. Invalid prefix for column number %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_LENGTH =
      e(4826, "Cannot bulk load. Invalid column length for column number %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_TERMINATOR =
      e(4827, "Cannot bulk load. Invalid column terminator for column number %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_SERVER_COLUMN = e(4828,
      "Cannot bulk load. Invalid destination table column number for source column %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_SERVER_NAME = e(4829,
      "Cannot bulk load. Error reading the destination table column name for source column %d in the format file \"%s\".");
  public static final ErrorTemplate FORMAT_FIELD_UNBOUNDED = e(4882,
      "Cannot bulk load. A prefix length, field length, or terminator is required for the source column %d in the format file \"%s\".");
  public static final ErrorTemplate XML_UNEXPECTED_ELEMENT =
      e(4855, "Line %d in format file \"%s\": unexpected element \"%s\".");
  public static final ErrorTemplate XML_BAD_VALUE = e(4858, "Line %d in format file \"%s\": bad value %s for attribute \"%s\".");
  public static final ErrorTemplate XML_MISSING_ATTRIBUTE =
      e(4859, "Line %d in format file \"%s\": required attribute \"%s\" is missing.");
  public static final ErrorTemplate XML_DUPLICATE_ID = e(4872, "Line %d in format file \"%s\": duplicate element id \"%s\".");
  public static final ErrorTemplate XML_UNKNOWN_ID =
      e(4873, "Line %d in format file \"%s\": referencing non-existing element id \"%s\".");
  public static final ErrorTemplate XML_DUPLICATE_REFERENCE =
      e(4874, "Line %d in format file \"%s\": duplicate element id reference \"%s\".");
  public static final ErrorTemplate ERROR_FILE_WRITE =
      e(4870, "Cannot bulk load because of an error writing file \"%s\". Operating system error code %s.");
  public static final ErrorTemplate UNEXPECTED_EOF =
      e(4832, "Bulk load: An unexpected end of file was encountered in the data file.");
  public static final ErrorTemplate NO_PERMISSION = e(4834, "You do not have permission to use the bulk load statement.");
  public static final ErrorTemplate TRUNCATION =
      e(4863, "Bulk load data conversion error (truncation) for row %d, column %d (%s).");
  public static final ErrorTemplate TYPE_MISMATCH =
      e(4864, "Bulk load data conversion error (type mismatch or invalid character for the specified codepage) for row %d, column %d (%s).");
  public static final ErrorTemplate COLUMN_TOO_LONG = e(4866,
      "The bulk load failed. The column is too long in the data file for row %d, column %d. Verify that the field terminator and row terminator are specified correctly.");
  public static final ErrorTemplate MAX_ERRORS =
      e(4865, "Cannot bulk load because the maximum number of errors (%d) was exceeded.");
  public static final ErrorTemplate OVERFLOW = e(4867, "Bulk load data conversion error (overflow) for row %d, column %d (%s).");
  public static final ErrorTemplate UNEXPECTED_NULL =
      e(4869, "The bulk load failed. Unexpected NULL value in data file row %d, column %d. The destination column (%s) is defined as NOT NULL.");
  public static final ErrorTemplate INVALID_QUOTE = new ErrorTemplate(4878, 16, 1,
      "Invalid quote character specified for bulk load. Quote character can be one single byte or Unicode character.", COMPILE);
  public static final ErrorTemplate CSV_INVALID_VALUE =
      e(4879, "Bulk load failed due to invalid column value in CSV data file %s in row %d, column %d.");
  public static final ErrorTemplate PROVIDER_ERROR =
      e(7399, "The OLE DB provider \"BULK\" for linked server \"(null)\" reported an error. The provider did not give any information about the error.");
  public static final ErrorTemplate PROVIDER_FETCH = e(7330, "Cannot fetch a row from OLE DB provider \"BULK\" for linked server \"(null)\".");
  public static final ErrorTemplate NO_CORRELATION_NAME = new ErrorTemplate(491, 16, 1,
      "A correlation name must be specified for the bulk rowset in the from clause.", COMPILE);
  public static final ErrorTemplate NOT_ON_LINUX = new ErrorTemplate(16202, 16, 1,
      "Keyword or statement option '%s' is not supported on the 'Linux' platform.", COMPILE);
  public static final ErrorTemplate DATA_SOURCE_MISSING = new ErrorTemplate(12703, 16, 2,
      "Referenced external data source \"%s\" not found.", STATEMENT);
  public static final ErrorTemplate CSV_NEEDS_CHAR = new ErrorTemplate(5339, 16, 1,
      "CSV format option is supported for char and widechar datafiletype options.", COMPILE);

  /**
   * {@code cause} (a file that ends inside a row, a bad CSV record, too many bad rows) followed by
   * the provider errors SQL Server adds: the load fails with 7330, the last error a CATCH sees.
   */
  public static SqlException providerFailure(SqlException cause) {
    SqlException failure = PROVIDER_FETCH.raise();
    for (SqlMessage m : cause.toMessages()) {
      failure.precededBy(new SqlException(m.number(), m.severity(), m.state(), m.text(), STATEMENT));
    }
    return failure.precededBy(PROVIDER_ERROR.raise());
  }
}
