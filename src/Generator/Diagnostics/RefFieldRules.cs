using System;
using System.Globalization;
using MmapRecords.Generator.Model;

namespace MmapRecords.Generator.Diagnostics;

/// <summary>
/// The rules for fields that return a reference into the mapping (<c>ref T</c>, <c>ref readonly T</c>), as pure
/// functions of the model: which fields may be references (MMR016), and which offsets and strides keep them aligned
/// (MMR015). <see cref="LayoutRules"/> calls them; the emitter asks <see cref="Alignment(RecordModel)"/>.
/// </summary>
internal static class RefFieldRules
{
    /// <summary>MMR016: a field returned by reference that Interlocked and Volatile cannot work on in place.</summary>
    public static LayoutProblem? RefField(FieldModel field)
    {
        if (field.RefKind == FieldRefKind.None || field.TypeProblem != TypeProblem.None)
        {
            return null;
        }

        var descriptor = field.Kind == FieldKind.String ? Descriptors.RefToString
            : field.Shape != FieldShape.Single ? Descriptors.RefToArray
            : field.Kind != FieldKind.Scalar || field.IsEnum || !IsRefType(field.TypeName) ? Descriptors.RefToUnsupportedType
            : field.IsBigEndian ? Descriptors.RefToBigEndian
            : field.FollowsRecordOrder ? Descriptors.RefToVariableOrder
            : null;
        return descriptor is null ? null : Problem(descriptor, LayoutSite.FieldType, field.Name, field.Name, Keyword(field.RefKind) + " " + field.TypeDisplayName);
    }

    /// <summary>MMR015: a ref field, or a nested record with ref fields, at an offset that is not a multiple of its alignment.</summary>
    public static LayoutProblem? MisalignedField(FieldModel field)
    {
        var alignment = Alignment(field);
        if (alignment <= 1 || !field.HasOffset || field.Offset < 0 || field.Offset % alignment == 0)
        {
            return null;
        }

        return Problem(
            field.RefKind != FieldRefKind.None ? Descriptors.RefFieldMisaligned : Descriptors.NestedRecordMisaligned,
            LayoutSite.FieldOffset,
            field.Name,
            field.Name,
            Number(alignment),
            field.Kind == FieldKind.Record ? field.ElementDisplayName : field.TypeDisplayName,
            Number(field.Offset),
            Number(AlignUp(field.Offset, alignment)));
    }

    /// <summary>MMR015: a Stride (or, without one, a Size) that is not a multiple of the record's alignment.</summary>
    public static LayoutProblem? MisalignedStride(RecordModel record)
    {
        var alignment = Alignment(record);
        if (alignment <= 1 || record.Stride <= 0 || record.Stride % alignment == 0)
        {
            return null;
        }

        return record.DeclaredStride == 0
            ? Problem(Descriptors.SizeMisaligned, LayoutSite.SizeArgument, null, record.Name, Number(record.Size), Number(alignment), Number(AlignUp(record.Size, alignment)))
            : Problem(Descriptors.StrideMisaligned, LayoutSite.StrideArgument, null, record.Name, Number(record.Stride), Number(alignment), Number(AlignUp(record.Stride, alignment)));
    }

    /// <summary>
    /// The alignment a record's first byte needs: the largest of its fields' (see <see cref="Alignment(FieldModel)"/>),
    /// 1 when none needs any. Above 1 the record implements <c>IRecord.Alignment</c> and views check it.
    /// </summary>
    public static int Alignment(RecordModel record)
    {
        var alignment = 1;
        foreach (var field in record.Fields)
        {
            if (field.IsImplementable && RefField(field) is null)
            {
                alignment = Math.Max(alignment, Alignment(field));
            }
        }

        return alignment;
    }

    /// <summary>The alignment a field's offset needs: a ref field's width, a nested record's own alignment, otherwise 1.</summary>
    public static int Alignment(FieldModel field) =>
        field.RefKind != FieldRefKind.None ? Math.Max(1, field.ElementWidth)
        : field.Kind == FieldKind.Record ? Math.Max(1, field.NestedAlignment)
        : 1;

    /// <summary><c>ref</c> or <c>ref readonly</c>, as the declaration spells it.</summary>
    public static string Keyword(FieldRefKind kind) => kind == FieldRefKind.RefReadOnly ? "ref readonly" : "ref";

    /// <summary>Whether a type (as the model names it: keywords for built-in types) is one Interlocked or Volatile can take.</summary>
    private static bool IsRefType(string typeName) => typeName is
        "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" or "ulong" or "float" or "double";

    private static long AlignUp(long value, int alignment) => (value + alignment - 1) / alignment * alignment;

    private static LayoutProblem Problem(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LayoutSite site, string? field, params string[] arguments) =>
        new() { Descriptor = descriptor, Site = site, Field = field, Arguments = arguments };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
