package dev.quern.catalog.kv;

/** A savepoint of one transaction: the depth of the savepoint stack when it was set (1-based). */
public record KvSavepoint(long txnId, int depth) {}
