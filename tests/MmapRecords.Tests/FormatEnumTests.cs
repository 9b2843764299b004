using System.Globalization;
using MmapRecords.CompilerServices;

namespace MmapRecords.Tests;

public sealed class FormatEnumTests
{
    [Flags]
    public enum Access : short { None = 0, Read = 1, Write = 2 }

    [Fact]
    public void Enum_fields_format_names_as_Enum_does_and_unnamed_values_in_the_invariant_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // sv-SE writes negative numbers with U+2212 MINUS SIGN, which Enum.ToString picks up.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            Assert.Equal("\u221277", ((SByteKind)(-77)).ToString());

            Assert.Equal("-77", RecordAccess.FormatEnum((SByteKind)(-77)));
            Assert.Equal("-7777", RecordAccess.FormatEnum((ShortKind)(-7777)));
            Assert.Equal("-77777777", RecordAccess.FormatEnum((IntKind)(-77777777)));
            Assert.Equal("-9223372036854775807", RecordAccess.FormatEnum((LongKind)(long.MinValue + 1)));
            Assert.Equal("Min", RecordAccess.FormatEnum(IntKind.Min));
            Assert.Equal("77", RecordAccess.FormatEnum((ByteKind)77));
            Assert.Equal("18446744073709551614", RecordAccess.FormatEnum((ULongKind)ulong.MaxValue - 1));
            Assert.Equal("Read, Write", RecordAccess.FormatEnum(Access.Read | Access.Write));
            Assert.Equal("None", RecordAccess.FormatEnum(Access.None));
            Assert.Equal("-4", RecordAccess.FormatEnum((Access)(-4)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
