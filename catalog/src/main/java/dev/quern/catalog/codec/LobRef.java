package dev.quern.catalog.codec;

/** A value stored outside its row: the LOB's id within its {@link LobStore} and its byte length. */
public record LobRef(long lobId, long length) {}
