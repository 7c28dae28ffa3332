package dev.quern.python.arrow;

import dev.quern.python.shm.RegionReadChannel;
import dev.quern.python.shm.RegionWriteChannel;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/** One chunk in a shared-memory region = one complete Arrow IPC stream with one batch. */
public final class ChunkIo {
  private ChunkIo() {}

  /**
   * Writes the root's current batch at the start of {@code region}; returns its length. Throws
   * {@link dev.quern.python.shm.RegionFullException} when it does not fit.
   */
  public static long write(VectorSchemaRoot root, MemorySegment region) throws IOException {
    RegionWriteChannel out = new RegionWriteChannel(region);
    try (ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
      w.start();
      w.writeBatch();
      w.end();
    }
    return out.position();
  }

  /**
   * Reads the chunk's batch, copying it out of shared memory into {@code allocator}, then hands
   * it to {@code loaded}. Nothing is read from the region after that, so {@code loaded} may
   * release the region (ACK) first and decode while the peer writes the next chunk.
   */
  public static void read(MemorySegment chunk, BufferAllocator allocator, Loaded loaded) throws IOException {
    try (ArrowStreamReader r = new ArrowStreamReader(new RegionReadChannel(chunk), allocator)) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      if (!r.loadNextBatch()) {
        throw new IOException("a chunk without a record batch");
      }
      loaded.accept(root);
    }
  }

  /** What to do with a loaded batch. */
  @FunctionalInterface
  public interface Loaded {
    void accept(VectorSchemaRoot root) throws IOException;
  }
}
