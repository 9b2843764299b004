using System;
using System.IO;
using System.Linq;
using System.Text;

namespace MmapRecords.Tests;

public sealed class StringFieldTests
{
    // Written by python's struct module, which pads 's' fields with NUL bytes and cuts nothing we give it.
    private const string WriteTable = """
        import struct, sys
        rows = [
            ('Zoë'.encode('utf-8'), 'Köln'.encode('latin-1'), b'AB', 42),
            (b'exactly10!', b'8 bytes!', b'WXYZ', 65535),
            (b'  pad  ', b'a\x00hidden', b'\xe9t\x00x', 7),
            (b'bad\xff\xfeutf', b'', b'', 0),
        ]
        with open(sys.argv[1], 'wb') as f:
            for name, city, code, age in rows:
                f.write(struct.pack('<10s8s4sH', name, city, code, age))
        """;

    [Fact]
    public void A_table_written_by_python_struct_reads_back_as_C_strings()
    {
        using var temp = new TempDirectory();
        var path = temp.File("people.bin");
        OutsideTool.Python(WriteTable, path);

        using var file = MappedFile.Open(path);
        var people = file.View<Person>();
        Assert.Equal(4, people.Count);

        Assert.Equal("Zoë", people[0].Name);
        Assert.Equal("Köln", people[0].City);
        Assert.Equal("AB", people[0].Code);
        Assert.Equal(42, people[0].Age);

        // No NUL at all: the whole field is the value.
        Assert.Equal("exactly10!", people[1].Name);
        Assert.Equal("8 bytes!", people[1].City);
        Assert.Equal("WXYZ", people[1].Code);
        Assert.Equal(65535, people[1].Age);

        // Spaces are kept; the value ends at the first NUL even with bytes after it.
        Assert.Equal("  pad  ", people[2].Name);
        Assert.Equal("a", people[2].City);
        Assert.Equal("?t", people[2].Code); // ASCII: a byte above 0x7F reads as '?'

        Assert.Equal("bad\uFFFD\uFFFDutf", people[3].Name); // invalid UTF-8 reads as U+FFFD, never throws
        Assert.Equal(string.Empty, people[3].City);
    }

    [Fact]
    public void Raw_bytes_of_a_string_field_come_without_decoding()
    {
        using var temp = new TempDirectory();
        var path = temp.File("people.bin");
        OutsideTool.Python(WriteTable, path);

        using var file = MappedFile.Open(path);
        Assert.Equal(new byte[] { 0x62, 0x61, 0x64, 0xFF, 0xFE, 0x75, 0x74, 0x66, 0, 0 }, file.View<Person>()[3].NameBytes.ToArray());
    }

    [Fact]
    public void ToString_and_equality_show_strings_as_a_record_struct_does()
    {
        using var temp = new TempDirectory();
        var path = temp.File("people.bin");
        OutsideTool.Python(WriteTable, path);

        using var file = MappedFile.Open(path);
        var people = file.View<Person>();
        Assert.Equal(
            "Person { Name = Zoë, City = Köln, Code = AB, Age = 42, NameBytes = [90, 111, 195, 171, 0, 0, 0, 0, 0, 0] }",
            people[0].ToString());
        Assert.Equal(people[0], people[0].Detach());
        Assert.Equal(people[0].GetHashCode(), people[0].Detach().GetHashCode());
        Assert.NotEqual(people[0], people[1]);
    }

    [Fact]
    public void Setters_pad_with_NUL_and_write_the_encoded_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("people.bin");
        File.WriteAllBytes(path, Enumerable.Repeat((byte)0xAA, 24).ToArray());

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var person = file.Read<Person>(0);
            person.Name = "Zoë";
            person.City = "Köln";
            person.Code = "ABCD";
            person.Age = 0x0102;
            Assert.Equal("Zoë", person.Name);
            file.Flush();
        }

        // Expected bytes spelled out: UTF-8 of "Zoë" is 5A 6F C3 AB; Latin-1 "Köln" is 4B F6 6C 6E.
        byte[] expected =
        [
            0x5A, 0x6F, 0xC3, 0xAB, 0, 0, 0, 0, 0, 0,
            0x4B, 0xF6, 0x6C, 0x6E, 0, 0, 0, 0,
            0x41, 0x42, 0x43, 0x44,
            0x02, 0x01,
        ];
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("elevenchars", "Name")]     // 11 bytes into 10
    [InlineData("ëëëëë!", "Name")]          // 6 characters but 11 UTF-8 bytes
    [InlineData("a\0b", "Name")]            // would read back as "a"
    [InlineData("€uro", "City")]            // not in Latin-1
    [InlineData("nine byte", "City")]       // 9 bytes into 8
    [InlineData("é", "Code")]               // not ASCII
    public void A_value_that_does_not_fit_throws_and_writes_nothing(string value, string field)
    {
        using var temp = new TempDirectory();
        var path = temp.File("people.bin");
        var original = Enumerable.Range(1, 24).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(path, original);

        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var person = file.Read<Person>(0);
        var error = Assert.ThrowsAny<ArgumentException>(() =>
        {
            switch (field)
            {
                case "Name": person.Name = value; break;
                case "City": person.City = value; break;
                default: person.Code = value; break;
            }
        });
        Assert.Contains("Person." + field, error.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path)); // a shared mapping: the file shows every write at once
    }

    [Fact]
    public void A_value_that_fills_the_field_exactly_is_stored_without_a_NUL()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tags.bin");
        File.WriteAllBytes(path, new byte[9]);

        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var tag = file.Read<Tag>(0);
        tag.Text = "12345678";
        Assert.Equal("12345678", tag.Text);
        tag.Text = null;
        Assert.Equal(string.Empty, tag.Text);
        Assert.Equal(new byte[9], File.ReadAllBytes(path));
        Assert.Equal("Tag { Text =  }", tag.ToString());
    }

    [Fact]
    public void A_string_setter_on_a_read_only_mapping_throws()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tags.bin");
        File.WriteAllBytes(path, new byte[9]);

        using var file = MappedFile.Open(path);
        var tag = file.Read<Tag>(0);
        var error = Assert.Throws<InvalidOperationException>(() => tag.Text = "x");
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }
}
