"""Reads (or writes) a file of records with numpy alone, given a dtype exported by RecordSchema.ToNumpyDtype().

    numpy_records.py read  DTYPE_FILE DATA_FILE              prints every record of DATA_FILE as JSON
    numpy_records.py write DTYPE_FILE DATA_FILE COUNT SEED   writes COUNT records of random values with
                                                            numpy.memmap, then prints them as 'read' does

The dtype file holds the Python literal exactly as C# exported it: numpy.dtype(ast.literal_eval(text)).
JSON values: a record is an object of its fields, an array a list, an integer a number, a bool a bool, a
floating-point value {"bits": its IEEE bit pattern as an unsigned integer} (exact, NaN payloads included), and
bytes ('S' and 'V' fields) {"bytes": hex} as numpy hands them out.
"""
import ast
import json
import sys

import numpy as np


def load_dtype(path):
    with open(path, encoding="utf-8") as f:
        return np.dtype(ast.literal_eval(f.read()))


def to_json(value, dtype):
    if dtype.names is not None:
        return {name: to_json(value[name], dtype.fields[name][0]) for name in dtype.names}
    if dtype.subdtype is not None:
        base, _ = dtype.subdtype
        return [to_json(element, base) for element in value]
    kind = dtype.kind
    if kind == "b":
        return bool(value)
    if kind in "iu":
        return int(value)
    if kind == "f":
        native = np.asarray(value, dtype=dtype.newbyteorder("="))
        return {"bits": int(native.view("u%d" % dtype.itemsize))}
    if kind in "SV":
        return {"bytes": bytes(value).hex()}
    raise ValueError("unexpected dtype %r" % (dtype,))


def random_values(dtype, shape, rng):
    kind = dtype.kind
    if kind == "b":
        return rng.integers(0, 2, size=shape).astype(bool)
    if kind in "iu":
        native = dtype.newbyteorder("=")
        info = np.iinfo(native)
        return rng.integers(info.min, info.max, size=shape, dtype=native, endpoint=True)
    if kind == "f":
        return (rng.standard_normal(size=shape) * 1000).astype(dtype)
    if kind == "S":
        count = int(np.prod(shape))
        texts = [bytes(rng.integers(0x20, 0x7F, size=rng.integers(0, dtype.itemsize + 1)).astype(np.uint8)) for _ in range(count)]
        return np.array(texts, dtype=dtype).reshape(shape)
    if kind == "V":
        count = int(np.prod(shape))
        return np.frombuffer(rng.bytes(count * dtype.itemsize), dtype=dtype).reshape(shape)
    raise ValueError("unexpected dtype %r" % (dtype,))


def fill(array, rng):
    """Assigns random values to every field of a structured array, field by field, nested fields included."""
    for name in array.dtype.names:
        field = array[name]
        if field.dtype.names is not None:
            fill(field, rng)
        else:
            field[...] = random_values(field.dtype, field.shape, rng)


def main():
    mode, dtype_path, data_path = sys.argv[1:4]
    dtype = load_dtype(dtype_path)
    if mode == "write":
        count, seed = int(sys.argv[4]), int(sys.argv[5])
        records = np.memmap(data_path, dtype=dtype, mode="w+", shape=(count,))
        fill(records, np.random.default_rng(seed))
        records.flush()
        del records
    elif mode != "read":
        raise SystemExit("mode must be 'read' or 'write'")
    records = np.memmap(data_path, dtype=dtype, mode="r")
    print(json.dumps([to_json(record, dtype) for record in records]))


main()
