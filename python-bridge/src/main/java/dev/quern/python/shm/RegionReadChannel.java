package dev.quern.python.shm;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** Reads a chunk sequentially out of the segment. */
public final class RegionReadChannel implements ReadableByteChannel {
  private final MemorySegment chunk;
  private long position;

  public RegionReadChannel(MemorySegment chunk) {
    this.chunk = chunk;
  }

  @Override
  public int read(ByteBuffer dst) {
    long left = chunk.byteSize() - position;
    if (left <= 0) {
      return -1;
    }
    int n = (int) Math.min(left, dst.remaining());
    MemorySegment.copy(chunk, position, MemorySegment.ofBuffer(dst), 0, n);
    dst.position(dst.position() + n);
    position += n;
    return n;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void close() {}
}
