package dev.quern.python;

import dev.quern.ext.spi.ExternalRuntime;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalRuntimeProvider;
import dev.quern.python.launch.PythonSettings;

/** Registers the Python runtime with {@link java.util.ServiceLoader}. */
public final class PythonRuntimeProvider implements ExternalRuntimeProvider {
  @Override
  public String language() {
    return PythonCall.LANGUAGE;
  }

  @Override
  public ExternalRuntime create(ExternalRuntimeContext context) {
    return new PythonRuntime(context, PythonSettings.defaults());
  }
}
