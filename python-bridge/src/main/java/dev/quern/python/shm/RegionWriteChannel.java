package dev.quern.python.shm;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** Writes sequentially into a region; throws {@link RegionFullException} past its end. */
public final class RegionWriteChannel implements WritableByteChannel {
  private final MemorySegment region;
  private long position;

  public RegionWriteChannel(MemorySegment region) {
    this.region = region;
  }

  @Override
  public int write(ByteBuffer src) throws RegionFullException {
    int n = src.remaining();
    if (n > region.byteSize() - position) {
      throw new RegionFullException(region.byteSize());
    }
    MemorySegment.copy(MemorySegment.ofBuffer(src), 0, region, position, n);
    src.position(src.limit());
    position += n;
    return n;
  }

  /** Bytes written so far. */
  public long position() {
    return position;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void close() {}
}
