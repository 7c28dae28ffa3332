"""The shared-memory segment a satellite shares with the Java runtime.

Java creates the file under /dev/shm, the satellite maps it (ATTACH/ATTACHED) and Java then
unlinks it, so the memory goes away with the last mapping even if either side dies. The first half
is the input region (Java writes, the satellite reads), the second half the output region. Each
region holds one chunk at a time: a complete Arrow IPC stream (schema, one record batch, end
marker). The writer announces a chunk with DATA and waits for ACK before reusing the region,
which is the flow control that keeps memory bounded on both sides.

Reading takes one memcpy out of the region (then ACK at once, so Java fills the region again
while this side decodes); pyarrow then reads that private buffer zero-copy, and the columns of
Python objects (strings...) are converted while the next chunk is written (typemap.FrameBuilder).
Writing serializes straight into the region.
"""

from __future__ import annotations

import mmap
import os

import pyarrow as pa


class RegionFull(Exception):
    """A chunk does not fit in its region; the writer retries with fewer rows."""


class Segment:
    def __init__(self, path: str, size: int):
        fd = os.open(path, os.O_RDWR)
        try:
            self.map = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
        finally:
            os.close(fd)
        self.size = size
        self.half = size // 2
        self.view = memoryview(self.map)

    @classmethod
    def anonymous(cls, size: int) -> "Segment":
        """A private segment for warm-up and tests: same code path, nobody else maps it."""
        seg = cls.__new__(cls)
        seg.map = mmap.mmap(-1, size)
        seg.size = size
        seg.half = size // 2
        seg.view = memoryview(seg.map)
        return seg

    def input_region(self) -> memoryview:
        return self.view[: self.half]

    def output_region(self) -> memoryview:
        return self.view[self.half :]

    def read_chunk(self, offset: int, length: int) -> list[pa.RecordBatch]:
        """Copies one chunk out of the segment (one memcpy) and decodes its batches."""
        if offset < 0 or length < 0 or offset + length > self.size:
            raise ValueError(f"chunk {offset}+{length} outside the segment of {self.size} bytes")
        private = pa.py_buffer(bytes(self.view[offset : offset + length]))
        return list(pa.ipc.open_stream(private))

    def write_chunk(self, region_offset: int, region: memoryview, batch: pa.RecordBatch) -> int:
        """Writes a batch as one IPC stream at the start of ``region``; returns its length."""
        sink = pa.FixedSizeBufferWriter(pa.py_buffer(region))
        try:
            with pa.ipc.new_stream(sink, batch.schema) as w:
                w.write_batch(batch)
        except (pa.ArrowInvalid, OSError, ValueError) as e:
            raise RegionFull(str(e)) from e
        return sink.tell()

    def close(self) -> None:
        self.view.release()
        self.map.close()
