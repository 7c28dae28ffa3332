package dev.quern.catalog.value;

/**
 * One conversion between two static types, chosen once (see {@link Conversions#converter}) and
 * applied to many values: the work that depends only on the types (is the conversion allowed,
 * which target family, does the text need recoding or fitting) is done when the converter is
 * made, not per value.
 */
@FunctionalInterface
public interface ValueConverter {
  /**
   * The value converted; null stays null.
   *
   * @param dateFormat the session's SET DATEFORMAT, for text read as a date
   * @throws SqlValueException with SQL Server's number and text when the conversion fails
   */
  Object convert(Object value, String dateFormat);
}
