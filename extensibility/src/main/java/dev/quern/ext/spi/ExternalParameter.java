package dev.quern.ext.spi;

import dev.quern.catalog.type.SqlType;
import java.util.Objects;

/**
 * One parameter declared in {@code @params}, e.g. {@code @model varbinary(max) OUTPUT}: its name
 * with the {@code @}, declared type, the value bound by the caller (Java representation of the
 * type, {@code null} for NULL) and whether it is OUTPUT. Inside the script it is the global
 * variable named without the {@code @}.
 */
public record ExternalParameter(String name, SqlType type, Object value, boolean output) {
  public ExternalParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.startsWith("@")) {
      throw new IllegalArgumentException("parameter name must start with @: " + name);
    }
  }
}
