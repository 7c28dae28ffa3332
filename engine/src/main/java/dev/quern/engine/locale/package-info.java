/**
 * Culture and language facts: the .NET Framework cultures FORMAT, PARSE and TRY_PARSE use
 * ({@link dev.quern.engine.locale.Culture}, found by {@link dev.quern.engine.locale.Cultures}),
 * and the SQL Server languages of sys.syslanguages that SET LANGUAGE picks ({@link
 * dev.quern.engine.locale.SqlLanguages}), with the month and day names DATENAME and CONVERT use.
 *
 * <p>Both tables are data written down from SQL Server, not derived from {@link java.util.Locale}:
 * SQL Server's FORMAT runs on Windows' NLS culture data, which differs from the CLDR data Java
 * ships in details users see (fr-FR's group separator U+00A0, not U+202F; de-CH's apostrophe; some
 * abbreviations), and sys.syslanguages has its own names (capitals, no dots).
 *
 * <p>A leaf package: imports nothing of the engine, so {@code func}, {@code expr} and {@code
 * session} can all use it.
 */
package dev.quern.engine.locale;
