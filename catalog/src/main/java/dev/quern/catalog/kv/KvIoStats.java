package dev.quern.catalog.kv;

/**
 * A store's file I/O since it opened, split as SQL Server splits a database's files: the table
 * files (the ROWS file: reads of blocks, flushes and compactions) and the write-ahead log (the
 * LOG file). Times are the time spent in the file calls, in microseconds.
 */
public record KvIoStats(
    long dataReads, long dataBytesRead, long dataReadMicros,
    long dataWrites, long dataBytesWritten, long dataWriteMicros,
    long logWrites, long logBytesWritten, long logWriteMicros,
    long openedAtMillis) {}
