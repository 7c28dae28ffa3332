package dev.quern.ext.spi;

/**
 * Creates an {@link ExternalRuntime}; implementations are found with {@link
 * java.util.ServiceLoader} (a runtime module lists its provider in {@code
 * META-INF/services/dev.quern.ext.spi.ExternalRuntimeProvider}).
 */
public interface ExternalRuntimeProvider {
  /** The {@code @language} served, compared case-insensitively. */
  String language();

  ExternalRuntime create(ExternalRuntimeContext context);
}
