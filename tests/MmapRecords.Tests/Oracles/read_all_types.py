"""Reads AllTypes records (see TestRecords.cs) with Python's mmap + memoryview + struct, standard library only.

Prints JSON: one list per record. Integers and enums as numbers; float, double and half as their raw bits
(so that NaN payloads and -0 compare exactly) next to Python's own decoding of the value.
"""
import json
import mmap
import struct
import sys

SIZE, STRIDE = 81, 86
FIELDS = [  # offset, struct format (little-endian), name
    (1, "B", "U8"), (3, "b", "I8"), (5, "h", "I16"), (7, "H", "U16"), (9, "i", "I32"), (13, "I", "U32"),
    (17, "q", "I64"), (25, "Q", "U64"), (33, "f", "F32"), (37, "d", "F64"), (45, "e", "F16"), (47, "?", "Flag"),
    (49, "B", "E8"), (51, "b", "ES8"), (53, "h", "E16"), (55, "H", "EU16"), (57, "i", "E32"), (61, "I", "EU32"),
    (65, "q", "E64"), (73, "Q", "EU64"),
]
BITS = {"f": "I", "d": "Q", "e": "H"}

with open(sys.argv[1], "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
    mv = memoryview(mm)
    try:
        count = 0 if len(mv) < SIZE else (len(mv) - SIZE) // STRIDE + 1
        records = []
        for i in range(count):
            record = {}
            for offset, fmt, name in FIELDS:
                at = i * STRIDE + offset
                if fmt in BITS:
                    value = struct.unpack_from("<" + fmt, mv, at)[0]
                    record[name] = {"bits": struct.unpack_from("<" + BITS[fmt], mv, at)[0], "repr": repr(value)}
                else:
                    record[name] = struct.unpack_from("<" + fmt, mv, at)[0]
            records.append(record)
        print(json.dumps(records))
    finally:
        mv.release()
