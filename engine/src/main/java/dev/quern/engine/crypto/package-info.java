/**
 * The cryptography of SQL Server's encryption hierarchy ("SQL Server and database encryption
 * keys", "Encryption hierarchy"), independent of sessions and the catalog: the message formats of
 * ENCRYPTBYPASSPHRASE ({@link dev.quern.engine.crypto.PassphraseMessage}) and ENCRYPTBYKEY ({@link
 * dev.quern.engine.crypto.KeyMessage}) and what they share ({@link
 * dev.quern.engine.crypto.SealedText}), the symmetric algorithms ({@link
 * dev.quern.engine.crypto.KeyAlgorithm}), the server's service master key ({@link
 * dev.quern.engine.crypto.ServiceMasterKey}), self-signed certificates ({@link
 * dev.quern.engine.crypto.SelfSignedCertificate}) and the RSA operations on them ({@link
 * dev.quern.engine.crypto.CertificateKeys}), and a session's open keys ({@link
 * dev.quern.engine.crypto.OpenKeys}).
 *
 * <p>Everything uses the JDK's providers. May import {@code catalog.value} (GUID bytes); never the
 * parser, executor or session.
 */
package dev.quern.engine.crypto;
