package dev.quern.engine.func;

/** The error a CATCH block is handling, as ERROR_NUMBER() and friends report it. */
public record CaughtError(
    int number, int severity, int state, String message, String procedure, int line) {}
