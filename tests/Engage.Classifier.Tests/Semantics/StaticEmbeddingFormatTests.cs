using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tests.Semantics;

public sealed class StaticEmbeddingFormatTests
{
    private static StaticEmbeddingTable SmallTable() => new(
        "test table",
        ["[PAD]", "hello", "##s", "world"],
        [0f, 0.5f, 0.25f, 1f],
        [0, 1, 0, 0],
        [0.5f, 0.25f, 0.125f, 0.0625f],
        [0, 0, 10, -20, -127, 127, 3, 4]);

    [Fact]
    public void WriteThenRead_GivesTheSameTableAndTheSameBytes()
    {
        byte[] first = Bytes(SmallTable());

        StaticEmbeddingTable read = StaticEmbeddingFormat.Read(new MemoryStream(first));

        read.Vocabulary.Should().Equal("[PAD]", "hello", "##s", "world");
        read.Weights.Should().Equal(0f, 0.5f, 0.25f, 1f);
        read.Bands.Should().Equal((byte)0, (byte)1, (byte)0, (byte)0);
        read.Scales.Should().Equal(0.5f, 0.25f, 0.125f, 0.0625f);
        read.Values.Should().Equal((sbyte)0, (sbyte)0, (sbyte)10, (sbyte)-20, (sbyte)-127, (sbyte)127, (sbyte)3, (sbyte)4);
        read.Description.Should().Be("test table");
        Bytes(read).Should().Equal(first);
    }

    [Fact]
    public void Vector_DequantizesWithItsBandScales()
    {
        SmallTable().Vector(1).Should().Equal(10 * 0.125f, -20 * 0.0625f);
    }

    [Fact]
    public void Read_TruncatedTable_FailsAsInvalidData()
    {
        byte[] bytes = Bytes(SmallTable());

        Action read = () => StaticEmbeddingFormat.Read(new MemoryStream(bytes[..^3]));

        read.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    [Fact]
    public void Read_ForeignBytes_FailsAsInvalidData()
    {
        Action read = () => StaticEmbeddingFormat.Read(new MemoryStream("PK\u0003\u0004 not a table"u8.ToArray()));

        read.Should().Throw<InvalidDataException>().WithMessage("*magic*");
    }

    [Fact]
    public void Table_WithBandBeyondItsScales_IsRejected()
    {
        Action build = () => _ = new StaticEmbeddingTable("x", ["a"], [1f], [3], [1f, 1f], [1, 1]);

        build.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\nb")]
    [InlineData("a\r")]
    public void Table_WithEmptyOrMultiLineVocabularyEntry_IsRejected(string entry)
    {
        Action build = () => _ = new StaticEmbeddingTable("x", [entry], [1f], [0], [1f], [1]);

        build.Should().Throw<ArgumentException>();
    }

    private static byte[] Bytes(StaticEmbeddingTable table)
    {
        using var buffer = new MemoryStream();
        StaticEmbeddingFormat.Write(buffer, table);
        return buffer.ToArray();
    }
}
