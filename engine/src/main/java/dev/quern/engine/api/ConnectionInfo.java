package dev.quern.engine.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The network connection a session arrived on (sys.dm_exec_connections). {@code encrypted} is
 * true when the whole conversation runs over TLS, false when TLS covered the login only or not
 * at all.
 */
public record ConnectionInfo(
    UUID connectionId,
    Instant connectTime,
    String clientAddress,
    int clientPort,
    String localAddress,
    int localPort,
    boolean encrypted,
    ConnectionTraffic traffic) {}
