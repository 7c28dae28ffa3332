package dev.quern.ext.spi;

/** One SQL Server error raised by an external script call: number, severity, state and text. */
public record ExternalScriptError(int number, int severity, int state, String message) {}
