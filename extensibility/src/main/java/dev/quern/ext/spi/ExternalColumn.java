package dev.quern.ext.spi;

import dev.quern.catalog.type.SqlType;
import java.util.Objects;

/** A column of an external script's input or output result set: its name and SQL type. */
public record ExternalColumn(String name, SqlType type) {
  public ExternalColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
