using System;
using System.Text;
using UsageGen.Generator.Emit;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// The writer hands the compiler its text through <see cref="StringBuilderReader"/>: the text must arrive whole and
/// in order however the compiler reads it, and a long file must not become one string.
/// </summary>
public sealed class SourceWriterTests
{
    private static StringBuilder Sample(int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append("line ").Append(i).Append('\n');
        }

        builder.Length = length;
        return builder;
    }

    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 1)]
    [InlineData(100_000, 1)]
    [InlineData(100_000, 4096)]
    [InlineData(100_000, 40_960)]
    [InlineData(100_000, 250_000)]
    public void Reading_in_blocks_gives_the_text_in_order(int length, int block)
    {
        var builder = Sample(length);
        var reader = new StringBuilderReader(builder);
        var read = new StringBuilder();
        var buffer = new char[block + 3];
        int count;
        while ((count = reader.Read(buffer, 3, block)) > 0)
        {
            read.Append(buffer, 3, count);
        }

        Assert.Equal(builder.ToString(), read.ToString());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(0, reader.Read(buffer, 0, block));
    }

    [Fact]
    public void Characters_peeks_and_the_rest_read_as_one_text()
    {
        var builder = Sample(1000);
        var reader = new StringBuilderReader(builder);

        Assert.Equal(builder[0], reader.Peek());
        Assert.Equal(builder[0], reader.Read());
        Assert.Equal(builder[1], reader.Read());
        Assert.Equal(builder.ToString(2, 998), reader.ReadToEnd());
        Assert.Equal(-1, reader.Read());
        Assert.Equal(string.Empty, reader.ReadToEnd());
    }

    [Fact]
    public void A_block_that_does_not_fit_its_buffer_is_refused()
    {
        var reader = new StringBuilderReader(Sample(10));

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Read(new char[4], 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Read(new char[4], -1, 1));
        Assert.Throws<ArgumentNullException>(() => reader.Read(null!, 0, 1));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(40_959)]
    [InlineData(40_960)]
    [InlineData(300_000)]
    public void The_written_file_comes_out_whole_in_UTF8(int lineLength)
    {
        var line = new string('x', lineLength);
        var writer = new SourceWriter();
        writer.OpenBlock("class C");
        writer.WriteLine(line);
        writer.CloseBlock();

        var text = writer.ToSourceText();

        Assert.Equal("class C\n{\n    " + line + "\n}\n", text.ToString());
        Assert.Equal(Encoding.UTF8.WebName, text.Encoding!.WebName);
    }

    [Fact]
    public void A_long_file_is_kept_in_chunks_and_not_as_one_string()
    {
        var writer = new SourceWriter();
        writer.WriteLine(new string('x', 100_000));

        var text = writer.ToSourceText();

        // Roslyn's chunked text: a text made from one string would be its StringText, on the large object heap.
        Assert.Equal("LargeText", text.GetType().Name);
        Assert.Equal(100_001, text.Length);
    }

    [Fact]
    public void Unbalanced_blocks_are_refused()
    {
        var writer = new SourceWriter();
        writer.OpenBlock("class C");

        Assert.Throws<InvalidOperationException>(() => writer.ToSourceText());
    }
}
