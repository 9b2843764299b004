using System;
using System.Text;

namespace MmapRecords.Generator.Emitting;

/// <summary>Writes indented source text; the emitter never concatenates indentation by hand.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            // Preprocessor directives stay in the first column, as people write them.
            if (line[0] != '#')
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line block at the current indentation.</summary>
    public SourceWriter WriteBlock(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            WriteLine(line);
        }

        return this;
    }

    public SourceWriter OpenBrace()
    {
        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        WriteLine("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
