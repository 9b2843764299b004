"""Reads a colors.bin of colored vertices with Python's own mmap + memoryview + struct (standard library only).

Layout: 18 bytes of data every 20 bytes: float x, y, z at 0, 4, 8 and uint16 red, green, blue at 12, 14, 16,
all little-endian. The last vertex needs only its 18 bytes. Prints JSON: the length, the rows of byte indexes and
hex pairs (20 bytes a row), and every vertex's values.
"""
import json
import mmap
import struct
import sys

SIZE, STRIDE = 18, 20
VERTEX = struct.Struct("<3f3H")

with open(sys.argv[1], "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
    mv = memoryview(mm)
    try:
        length = len(mv)
        rows = []
        for start in range(0, length, STRIDE):
            chunk = mv[start:start + STRIDE]
            rows.append([
                " ".join("%02d" % i for i in range(start, start + len(chunk))),
                " ".join("%02x" % b for b in chunk),
            ])
            chunk.release()
        count = 0 if length < SIZE else (length - SIZE) // STRIDE + 1
        vertices = [list(VERTEX.unpack_from(mv, i * STRIDE)) for i in range(count)]
        print(json.dumps({"length": length, "rows": rows, "vertices": vertices}))
    finally:
        mv.release()
