package dev.quern.ext.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtimes available to the engine, one per language, created lazily from the providers
 * {@link ServiceLoader} finds. The engine keeps one instance for the server's lifetime.
 */
public final class ExternalRuntimes implements AutoCloseable {
  private final ExternalRuntimeContext context;
  private final Map<String, ExternalRuntimeProvider> providers = new ConcurrentHashMap<>();
  private final Map<String, ExternalRuntime> runtimes = new ConcurrentHashMap<>();

  public ExternalRuntimes(ExternalRuntimeContext context) {
    this.context = context;
    for (ExternalRuntimeProvider p : ServiceLoader.load(ExternalRuntimeProvider.class)) {
      providers.putIfAbsent(key(p.language()), p);
    }
  }

  public ExternalRuntimeContext context() {
    return context;
  }

  /** The runtime for {@code @language}, or empty when no provider serves it (error 39021). */
  public Optional<ExternalRuntime> runtime(String language) {
    ExternalRuntimeProvider p = providers.get(key(language));
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(runtimes.computeIfAbsent(key(language), k -> p.create(context)));
  }

  @Override
  public void close() {
    runtimes.values().forEach(ExternalRuntime::close);
    runtimes.clear();
  }

  private static String key(String language) {
    return language.toLowerCase(Locale.ROOT);
  }
}
