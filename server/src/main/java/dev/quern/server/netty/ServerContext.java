package dev.quern.server.netty;

import dev.quern.server.login.LoginFlow;
import dev.quern.server.session.SpidAllocator;
import dev.quern.server.tls.TlsContexts;

/** What every connection shares: configuration, the login flow, TLS (null: none), SPIDs. */
public record ServerContext(
    ServerConfig config, LoginFlow loginFlow, TlsContexts tls, SpidAllocator spids) {}
