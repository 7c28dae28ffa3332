package dev.quern.engine.ast;

/** Where a statement stands in its batch's text: characters {@code [start, end)}. */
public record SourceSpan(int start, int end) {}
