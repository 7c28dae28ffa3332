package dev.quern.catalog.meta;

/** A computed column's expression text and whether its values are stored (PERSISTED). */
public record Computed(String expression, boolean persisted) {}
