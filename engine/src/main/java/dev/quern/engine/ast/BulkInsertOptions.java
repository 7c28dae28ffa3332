package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The WITH options of BULK INSERT that change what is loaded ("BULK INSERT (Transact-SQL)"), with
 * SQL Server's defaults: tab between fields and a line feed after each row (the defaults on Linux,
 * where a carriage return before the line feed stays part of the last field), every row from the
 * first, ten bad rows tolerated, the whole file one batch. TABLOCK locks the table for the
 * load's transaction; the options that only tune a load (ROWS_PER_BATCH, KILOBYTES_PER_BATCH,
 * ORDER) are checked by the parser and not kept.
 *
 * @param fieldTerminator null: the format's default (tab; comma for CSV)
 * @param csv FORMAT = 'CSV': RFC 4180 fields, quoted with {@code fieldQuote}
 * @param wide DATAFILETYPE = 'widechar': the file is UTF-16 (little-endian), else UTF-8
 * @param lastRow 0: to the end of the file
 * @param batchSize BATCHSIZE: rows of the file per batch (its own transaction in autocommit); 0: one
 * @param formatFile FORMATFILE's path, or null
 * @param errorFile ERRORFILE's path, or null
 */
public record BulkInsertOptions(
    String fieldTerminator, String rowTerminator, boolean csv, char fieldQuote, boolean wide, long firstRow,
    long lastRow, long maxErrors, boolean keepNulls, boolean keepIdentity, boolean fireTriggers,
    boolean checkConstraints, boolean tabLock, long batchSize, String formatFile, String errorFile) {

  public static final String DEFAULT_ROW_TERMINATOR = "\n";

  /** The field terminator in effect. */
  public String fields() {
    return fieldTerminator != null ? fieldTerminator : csv ? "," : "\t";
  }

  String toSql() {
    String list = optionList();
    return list.isEmpty() ? "" : " WITH (" + list + ")";
  }

  /** The options that differ from the defaults, as a comma-separated list. */
  String optionList() {
    List<String> parts = new ArrayList<>();
    if (fieldTerminator != null) {
      parts.add("FIELDTERMINATOR = '" + escape(fieldTerminator) + "'");
    }
    if (!rowTerminator.equals(DEFAULT_ROW_TERMINATOR)) {
      parts.add("ROWTERMINATOR = '" + escape(rowTerminator) + "'");
    }
    if (csv) {
      parts.add("FORMAT = 'CSV'");
      if (fieldQuote != '"') {
        parts.add("FIELDQUOTE = '" + escape(String.valueOf(fieldQuote)) + "'");
      }
    }
    if (wide) {
      parts.add("DATAFILETYPE = 'widechar'");
    }
    if (firstRow != 1) {
      parts.add("FIRSTROW = " + firstRow);
    }
    if (lastRow != 0) {
      parts.add("LASTROW = " + lastRow);
    }
    if (maxErrors != 10) {
      parts.add("MAXERRORS = " + maxErrors);
    }
    if (keepNulls) {
      parts.add("KEEPNULLS");
    }
    if (keepIdentity) {
      parts.add("KEEPIDENTITY");
    }
    if (fireTriggers) {
      parts.add("FIRE_TRIGGERS");
    }
    if (checkConstraints) {
      parts.add("CHECK_CONSTRAINTS");
    }
    if (tabLock) {
      parts.add("TABLOCK");
    }
    if (batchSize != 0) {
      parts.add("BATCHSIZE = " + batchSize);
    }
    if (formatFile != null) {
      parts.add("FORMATFILE = '" + formatFile.replace("'", "''") + "'");
    }
    if (errorFile != null) {
      parts.add("ERRORFILE = '" + errorFile.replace("'", "''") + "'");
    }
    return String.join(", ", parts);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("'", "''");
  }
}
