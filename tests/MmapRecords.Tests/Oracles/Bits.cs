namespace MmapRecords.Tests.Oracles;

internal static class Bits
{
    /// <summary>Equal as record structs are, and floating-point fields equal bit for bit (NaN payloads and -0 included).</summary>
    public static void AssertSame(AllTypes expected, AllTypes actual, string where)
    {
        Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
        Assert.True(BitConverter.SingleToUInt32Bits(expected.F32) == BitConverter.SingleToUInt32Bits(actual.F32), $"{where}: F32 bits {BitConverter.SingleToUInt32Bits(expected.F32):x8} != {BitConverter.SingleToUInt32Bits(actual.F32):x8}");
        Assert.True(BitConverter.DoubleToUInt64Bits(expected.F64) == BitConverter.DoubleToUInt64Bits(actual.F64), $"{where}: F64 bits differ");
        Assert.True(BitConverter.HalfToUInt16Bits(expected.F16) == BitConverter.HalfToUInt16Bits(actual.F16), $"{where}: F16 bits differ");
    }
}
