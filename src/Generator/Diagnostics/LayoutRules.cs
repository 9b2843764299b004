using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MmapRecords.Generator.Model;

namespace MmapRecords.Generator.Diagnostics;

/// <summary>
/// The layout rules MMR001–MMR014 (and, through <see cref="RefFieldRules"/>, MMR015–MMR016), each a pure function of the <see cref="RecordModel"/>: one method per rule,
/// returning the problem (descriptor, message arguments, code-fix properties) or <see langword="null"/>. The
/// analyzer reports what <see cref="Check"/> finds; the emitter asks <see cref="IsValid"/> and
/// <see cref="FieldError"/>. No symbols, no syntax: each rule is tested on a model built by hand.
/// </summary>
internal static class LayoutRules
{
    /// <summary>
    /// Every problem of <paramref name="record"/>, each once, with the record's and the field's names among its
    /// properties (<see cref="FixProperties.Record"/>, <see cref="FixProperties.Field"/>) for the code fixes.
    /// </summary>
    public static IEnumerable<LayoutProblem> Check(RecordModel record) =>
        CheckAll(record).Select(problem => problem with
        {
            Properties = problem.Field is { } field
                ? problem.Properties.SetItem(FixProperties.Record, record.Name).SetItem(FixProperties.Field, field)
                : problem.Properties.SetItem(FixProperties.Record, record.Name),
        });

    private static IEnumerable<LayoutProblem> CheckAll(RecordModel record)
    {
        if (Shape(record) is { } shape)
        {
            // Nothing else is meaningful (or generated) for a type that cannot be a record.
            yield return shape;
            yield break;
        }

        if (SizeAndStride(record) is { } size)
        {
            yield return size;
        }
        else if (RefFieldRules.MisalignedStride(record) is { } stride)
        {
            yield return stride;
        }

        if (RecordByteOrder(record) is { } order)
        {
            yield return order;
        }

        foreach (var field in record.Fields)
        {
            if (FieldDeclaration(field) is { } declaration)
            {
                yield return declaration;
            }
            else if (FieldType(field) is { } type)
            {
                yield return type;
            }
            else if (RefFieldRules.RefField(field) is { } reference)
            {
                yield return reference;
            }
            else if (FieldOrderAndForm(record, field) is { } form)
            {
                yield return form;
            }

            if (!field.IsImplementable)
            {
                continue;
            }

            if (MissingLength(record, field) is { } length)
            {
                yield return length;
            }
            else if (field.DeclarationProblem == DeclarationProblem.None && field.TypeProblem == TypeProblem.None
                && FieldType(field) is null && FieldOffset(record, field) is { } offset)
            {
                yield return offset;
            }
            else if (field.DeclarationProblem == DeclarationProblem.None && field.TypeProblem == TypeProblem.None
                && FieldType(field) is null && RefFieldRules.RefField(field) is null && RefFieldRules.MisalignedField(field) is { } misaligned)
            {
                yield return misaligned;
            }
        }

        if (Cycle(record) is { } cycle)
        {
            yield return cycle;
        }

        foreach (var overlap in Overlaps(record))
        {
            yield return overlap;
        }
    }

    /// <summary>
    /// Whether the generator reports <paramref name="problem"/> itself: the mistakes that come with compiler errors in
    /// the declaration (which stop a build before analyzers run) and that an editor running generators but not
    /// analyzers must still show: MMR001, MMR006, MMR009.
    /// </summary>
    public static bool IsReportedByGenerator(RecordModel record, LayoutProblem problem) =>
        problem.Id switch
        {
            // A struct without 'partial' is a compiler error only when it declares partial members (its [Field]s);
            // without them the analyzer alone reports it.
            DiagnosticIds.NotPartialStruct when record.ShapeProblem == ShapeProblem.NotPartial =>
                record.Fields.Any(f => f.DeclarationProblem != DeclarationProblem.NotPartial),
            DiagnosticIds.NotPartialStruct or DiagnosticIds.FieldNotPartialProperty or DiagnosticIds.LanguageVersionTooLow => true,
            _ => false,
        };

    /// <summary>
    /// Whether the layout analyzer reports <paramref name="problem"/>: every problem the generator does not, and a
    /// struct without <c>partial</c> always, so that its code fix works where fixes come from analyzers only
    /// (<c>dotnet format</c>). A build never shows it twice: when the generator reports it too, the compiler's own
    /// error stops the build before analyzers run.
    /// </summary>
    public static bool IsReportedByAnalyzer(RecordModel record, LayoutProblem problem) =>
        (problem.Id == DiagnosticIds.NotPartialStruct && record.ShapeProblem == ShapeProblem.NotPartial)
        || !IsReportedByGenerator(record, problem);

    /// <summary>Whether <paramref name="record"/> gets its accessors: a partial struct with no layout error (warnings don't count).</summary>
    public static bool IsValid(RecordModel record)
    {
        if (record.ShapeProblem != ShapeProblem.None || SizeAndStride(record) is not null || RecordByteOrder(record) is not null || RefFieldRules.MisalignedStride(record) is not null || Cycle(record) is not null)
        {
            return false;
        }

        foreach (var field in record.Fields)
        {
            if (FieldError(record, field) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Why <paramref name="field"/> cannot be read (the text its throwing accessors carry), or <see langword="null"/>:
    /// its first error, or a reason the compiler (or the nested record's own diagnostics) already shows.
    /// </summary>
    public static string? FieldError(RecordModel record, FieldModel field)
    {
        if (FieldDeclaration(field) is { } declaration)
        {
            return Text(declaration);
        }

        switch (field.TypeProblem)
        {
            case TypeProblem.Unresolved:
                return $"The type of '{field.Name}' could not be resolved";
            case TypeProblem.NestedRecordInvalid:
                return $"Field '{field.Name}' is a record '{field.TypeDisplayName}' whose own layout is invalid (see its MMR diagnostics)";
        }

        if (FieldType(field) is { } type)
        {
            return Text(type);
        }

        if (RefFieldRules.RefField(field) is { } reference)
        {
            return Text(reference);
        }

        if (FieldOrderAndForm(record, field) is { } form)
        {
            return Text(form);
        }

        if (MissingLength(record, field) is { } length)
        {
            return Text(length);
        }

        if (!field.HasOffset)
        {
            return $"[Field] on '{field.Name}' has no offset";
        }

        return FieldOffset(record, field) is { } offset ? Text(offset)
            : RefFieldRules.MisalignedField(field) is { } misaligned ? Text(misaligned)
            : null;

        static string Text(LayoutProblem problem) => problem.Id + ": " + problem.Message;
    }

    /// <summary>MMR001: the type cannot be extended into a record.</summary>
    public static LayoutProblem? Shape(RecordModel record)
    {
        var descriptor = record.ShapeProblem switch
        {
            ShapeProblem.None => null,
            ShapeProblem.NotPartial => Descriptors.NotPartialStruct,
            ShapeProblem.Class => Descriptors.RecordIsClass,
            ShapeProblem.RecordClass => Descriptors.RecordIsRecordClass,
            ShapeProblem.Interface => Descriptors.RecordIsInterface,
            ShapeProblem.Enum => Descriptors.RecordIsEnum,
            ShapeProblem.RecordStruct => Descriptors.RecordIsRecordStruct,
            ShapeProblem.RefStruct => Descriptors.RecordIsRefStruct,
            ShapeProblem.Generic => Descriptors.RecordIsGeneric,
            ShapeProblem.PrimaryConstructor => Descriptors.RecordHasPrimaryConstructor,
            ShapeProblem.FileLocal => Descriptors.RecordIsFileLocal,
            ShapeProblem.ContainingTypeNotPartial => Descriptors.ContainingTypeNotPartial,
            _ => Descriptors.RecordIsNotAStruct,
        };
        return descriptor is null ? null : Problem(descriptor, LayoutSite.Record, null, record.Name, record.ShapeProblemType ?? string.Empty);
    }

    /// <summary>MMR002: Size missing or not positive, or Stride less than Size.</summary>
    public static LayoutProblem? SizeAndStride(RecordModel record)
    {
        if (record.Size <= 0)
        {
            var required = RequiredSize(record);
            var properties = required is > 0 and <= int.MaxValue ? Properties(FixProperties.RequiredSize, required) : null;
            return record.HasSizeArgument
                ? Problem(Descriptors.SizeNotPositive, LayoutSite.SizeArgument, null, record.Name, Number(record.Size)) with { Properties = properties ?? ImmutableDictionary<string, string?>.Empty }
                : Problem(Descriptors.SizeMissing, LayoutSite.SizeArgument, null, record.Name) with { Properties = properties ?? ImmutableDictionary<string, string?>.Empty };
        }

        return record.DeclaredStride != 0 && record.DeclaredStride < record.Size
            ? Problem(Descriptors.StrideLessThanSize, LayoutSite.StrideArgument, null, record.Name, Number(record.DeclaredStride), Number(record.Size))
                with { Properties = Properties(FixProperties.Size, record.Size) }
            : null;
    }

    /// <summary>MMR003: a negative offset, or a field that ends past Size.</summary>
    public static LayoutProblem? FieldOffset(RecordModel record, FieldModel field)
    {
        if (!field.HasOffset)
        {
            return null;
        }

        if (field.Offset < 0)
        {
            return Problem(Descriptors.NegativeOffset, LayoutSite.FieldOffset, field.Name, field.Name, Number(field.Offset));
        }

        var end = (long)field.Offset + field.Width;
        if (record.Size <= 0 || field.Width <= 0 || field.TypeProblem != TypeProblem.None || end <= record.Size)
        {
            return null;
        }

        var properties = Properties(FixProperties.RequiredSize, RequiredSize(record));
        return field.Shape != FieldShape.Single && field.Kind != FieldKind.String
            ? Problem(Descriptors.ArrayPastSize, LayoutSite.FieldOffset, field.Name, field.Name, Number(end), Number(record.Size), Number(field.Width), field.ElementDisplayName, Number(field.Offset), Number(field.Length)) with { Properties = properties }
            : Problem(Descriptors.FieldPastSize, LayoutSite.FieldOffset, field.Name, field.Name, Number(end), Number(record.Size), Number(field.Width), field.Kind == FieldKind.String ? "string" : field.TypeDisplayName, Number(field.Offset)) with { Properties = properties };
    }

    /// <summary>MMR004: every pair of fields whose bytes overlap (raw bytes, a byte array or span, may overlap anything: a whole-record span, the bytes a checksum covers).</summary>
    public static IEnumerable<LayoutProblem> Overlaps(RecordModel record)
    {
        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                var a = fields[i];
                var b = fields[j];
                if (a.Width > 0 && b.Width > 0
                    && a.Offset < b.Offset + b.Width && b.Offset < a.Offset + a.Width
                    && !a.IsRawBytes && !b.IsRawBytes
                    && FieldError(record, a) is null && FieldError(record, b) is null)
                {
                    yield return Problem(
                        Descriptors.FieldsOverlap,
                        LayoutSite.Field,
                        b.Name,
                        a.Name,
                        Number(a.Offset),
                        Number(a.Offset + a.Width - 1),
                        b.Name,
                        Number(b.Offset),
                        Number(b.Offset + b.Width - 1),
                        record.Name) with { RelatedField = a.Name };
                }
            }
        }
    }

    /// <summary>MMR005: a field type the generator cannot read.</summary>
    public static LayoutProblem? FieldType(FieldModel field)
    {
        var descriptor = field.TypeProblem switch
        {
            TypeProblem.NotAFieldType => Descriptors.UnsupportedFieldType,
            TypeProblem.SpanOfBool => Descriptors.SpanOfBool,
            TypeProblem.SpanOfRecords => Descriptors.SpanOfRecords,
            TypeProblem.MultiDimensionalArray => Descriptors.MultiDimensionalArray,
            TypeProblem.ArrayOfStrings => Descriptors.ArrayOfStrings,
            TypeProblem.ArrayOfArrays => Descriptors.ArrayOfArrays,
            TypeProblem.NestedRecordWithoutSize => Descriptors.NestedRecordWithoutSize,
            TypeProblem.GuidElements => Descriptors.GuidElements,
            TypeProblem.TableOfNonRecords => Descriptors.TableOfNonRecords,

            // Unresolved: the compiler reports it. NestedRecordInvalid: the nested record's own diagnostics do.
            _ => null,
        };
        if (descriptor is not null)
        {
            return Problem(descriptor, LayoutSite.FieldType, field.Name, field.Name, field.TypeDisplayName, field.ElementDisplayName);
        }

        if (field.TypeProblem != TypeProblem.None)
        {
            return null;
        }

        if (field.Shape is FieldShape.ReadOnlySpan or FieldShape.Span && field.ByteOrder == ByteOrder.BigEndian && field.ElementWidth > 1)
        {
            return Problem(Descriptors.BigEndianSpan, LayoutSite.FieldType, field.Name, field.Name, field.TypeDisplayName, field.ElementDisplayName);
        }

        return field.Kind == FieldKind.String && field.Encoding is < TextEncoding.Utf8 or > TextEncoding.Utf16
            ? Problem(Descriptors.InvalidEncoding, LayoutSite.FieldEncoding, field.Name, field.Name, Number((int)field.Encoding))
            : null;
    }

    /// <summary>MMR014 for a record: its ByteOrder is not a ByteOrder value.</summary>
    public static LayoutProblem? RecordByteOrder(RecordModel record) =>
        record.ByteOrder is < ByteOrder.Default or > ByteOrder.Variable
            ? Problem(Descriptors.InvalidByteOrder, LayoutSite.Record, null, $"Record '{record.Name}'", Number((int)record.ByteOrder))
            : null;

    /// <summary>
    /// The rules about a field's byte order and the form of the new field types: MMR010 (Variable on a field),
    /// MMR014 (a field's ByteOrder that is no ByteOrder), MMR011 (a span of multi-byte values following a Variable
    /// record's order), MMR012 (an odd UTF-16 Length), MMR013 (a table field with a setter).
    /// </summary>
    public static LayoutProblem? FieldOrderAndForm(RecordModel record, FieldModel field)
    {
        if (field.TypeProblem != TypeProblem.None || !field.IsImplementable)
        {
            return null;
        }

        if (field.DeclaredByteOrder == ByteOrder.Variable)
        {
            return Problem(Descriptors.VariableOrderOnField, LayoutSite.Field, field.Name, field.Name)
                with { Properties = Properties(FixProperties.RecordByteOrder, (long)record.ByteOrder) };
        }

        if (field.DeclaredByteOrder is < ByteOrder.Default or > ByteOrder.Variable)
        {
            return Problem(Descriptors.InvalidByteOrder, LayoutSite.Field, field.Name, $"[Field] property '{field.Name}'", Number((int)field.DeclaredByteOrder));
        }

        if (field.Shape is FieldShape.ReadOnlySpan or FieldShape.Span && field.ByteOrder == ByteOrder.Variable && field.ElementWidth > 1)
        {
            return Problem(Descriptors.SpanInVariableRecord, LayoutSite.FieldType, field.Name, field.Name, field.TypeDisplayName, record.Name, field.ElementDisplayName);
        }

        if (field.Kind == FieldKind.String && field.Encoding == TextEncoding.Utf16 && field.Length > 0 && field.Length % 2 != 0)
        {
            return Problem(Descriptors.OddUtf16Length, LayoutSite.FieldLength, field.Name, field.Name, Number(field.Length));
        }

        return field.Shape == FieldShape.Table && field.HasSetter
            ? Problem(Descriptors.TableWithSetter, LayoutSite.Field, field.Name, field.Name)
            : null;
    }

    /// <summary>MMR006: a <c>[Field]</c> property the generator cannot implement as declared.</summary>
    public static LayoutProblem? FieldDeclaration(FieldModel field)
    {
        var descriptor = field.DeclarationProblem switch
        {
            DeclarationProblem.None => null,
            DeclarationProblem.NotPartial => Descriptors.FieldNotPartialProperty,
            DeclarationProblem.AlreadyImplemented => Descriptors.FieldAlreadyImplemented,
            DeclarationProblem.InitAccessor => Descriptors.FieldHasInitAccessor,
            DeclarationProblem.OtherAccessor => Descriptors.FieldHasOtherAccessor,
            DeclarationProblem.NoGetter => Descriptors.FieldWithoutGetter,
            DeclarationProblem.RefWithSetter => Descriptors.RefWithSetter,
            DeclarationProblem.Static => Descriptors.FieldIsStatic,
            _ => Descriptors.FieldIsIndexer,
        };
        return descriptor is null ? null : Problem(descriptor, LayoutSite.Field, field.Name, field.Name, field.ProblemAccessor ?? string.Empty);
    }

    /// <summary>MMR006 for a <c>[Field]</c> property in a type without <c>[Record]</c>.</summary>
    public static LayoutProblem FieldOutsideRecord(string property, string owner) =>
        Problem(Descriptors.FieldOutsideRecord, LayoutSite.Field, property, property, owner);

    /// <summary>
    /// MMR007: a string or array without a positive Length. The code fix's suggestion fills the gap up to the next
    /// field, or to the end of the record.
    /// </summary>
    public static LayoutProblem? MissingLength(RecordModel record, FieldModel field)
    {
        var needsLength = field.Kind == FieldKind.String || field.Shape != FieldShape.Single;
        if (!needsLength || field.Length > 0 || field.TypeProblem != TypeProblem.None || !field.IsImplementable)
        {
            return null;
        }

        var end = record.Size > field.Offset ? record.Size : int.MaxValue;
        foreach (var other in record.Fields)
        {
            if (other.Name != field.Name && other.IsImplementable && other.Offset > field.Offset && other.Offset < end)
            {
                end = other.Offset;
            }
        }

        var elementStride = field.Kind == FieldKind.String ? 1 : field.ElementStride;
        var suggested = end == int.MaxValue || elementStride <= 0
            ? 1
            : Math.Max(1, ((end - field.Offset - field.ElementWidth) / elementStride) + 1);
        var isString = field.Kind == FieldKind.String;
        var problem = field.HasLengthArgument
            ? Problem(isString ? Descriptors.StringLengthNotPositive : Descriptors.ArrayLengthNotPositive, LayoutSite.FieldLength, field.Name, field.Name, Number(field.Length))
            : Problem(isString ? Descriptors.StringWithoutLength : Descriptors.ArrayWithoutLength, LayoutSite.FieldLength, field.Name, field.Name, Number(field.Offset));
        return problem with { Properties = Properties(FixProperties.SuggestedLength, suggested) };
    }

    /// <summary>MMR008: the record contains itself through nested records.</summary>
    public static LayoutProblem? Cycle(RecordModel record) =>
        record.Cycle is { } path ? Problem(Descriptors.RecordCycle, LayoutSite.Record, null, record.Name, path) : null;

    /// <summary>MMR009: the language version has no partial properties.</summary>
    public static LayoutProblem? LanguageVersionTooLow(LanguageVersion version) =>
        version < LanguageVersion.CSharp13
            ? Problem(Descriptors.LanguageVersionTooLow, LayoutSite.Record, null, version.ToDisplayString())
            : null;

    /// <summary>The Size that covers every field whose type and offset are known: the end of the one that reaches furthest.</summary>
    public static long RequiredSize(RecordModel record)
    {
        long required = 0;
        foreach (var field in record.Fields)
        {
            if (field.IsImplementable && field.HasOffset && field.Offset >= 0 && field.TypeProblem == TypeProblem.None)
            {
                required = Math.Max(required, (long)field.Offset + field.Width);
            }
        }

        return required;
    }

    private static LayoutProblem Problem(DiagnosticDescriptor descriptor, LayoutSite site, string? field, params string[] arguments) =>
        new() { Descriptor = descriptor, Site = site, Field = field, Arguments = arguments };

    private static ImmutableDictionary<string, string?> Properties(string key, long value) =>
        ImmutableDictionary<string, string?>.Empty.Add(key, value.ToString(CultureInfo.InvariantCulture));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
