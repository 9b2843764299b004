// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Tables
{
    public static RecordView<Header> Headers(MappedFile file) => file.View<Header>(0, 4);
    public static Header First(RecordView<Header> headers) => headers[0];
}
