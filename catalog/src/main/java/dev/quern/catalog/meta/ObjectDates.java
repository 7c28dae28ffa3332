package dev.quern.catalog.meta;

import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * When an object was created and last altered (sys.objects' create_date and modify_date). Kept as
 * a catalog record of its own beside the object's, written by {@link Catalog#createObject} and
 * {@link Catalog#alterObject}, so every kind of object has them without each record's format
 * changing. Objects created before dates were kept have none.
 */
public record ObjectDates(int objectId, Instant created, Instant modified) {
  static byte[] encode(ObjectDates d) {
    return ByteBuffer.allocate(20).putInt(d.objectId).putLong(d.created.toEpochMilli())
        .putLong(d.modified.toEpochMilli()).array();
  }

  static ObjectDates decode(byte[] b) {
    ByteBuffer in = ByteBuffer.wrap(b);
    return new ObjectDates(in.getInt(), Instant.ofEpochMilli(in.getLong()), Instant.ofEpochMilli(in.getLong()));
  }
}
