/**
 * The messages sys.messages lists and RAISERROR / FORMATMESSAGE read by number: Quern's own
 * (every {@link dev.quern.engine.error.ErrorTemplate} of the error catalogs, us_english) and the
 * user-defined ones sp_addmessage stores in the catalog. Reads only: the procedures that write
 * user messages live in {@code proc.message}.
 */
package dev.quern.engine.message;
