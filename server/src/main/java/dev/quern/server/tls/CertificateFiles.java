package dev.quern.server.tls;

import java.nio.file.Path;

/** A PEM certificate chain and its PEM (PKCS#8) private key. */
public record CertificateFiles(Path certificate, Path privateKey) {}
