package dev.quern.engine.external;

/**
 * One server configuration option as sys.configurations and sp_configure show it ("Server
 * configuration options", SQL Server docs).
 */
public record ConfigOption(
    int id, String name, int minimum, int maximum, int defaultValue, String description,
    boolean dynamic, boolean advanced) {}
