using System.Text;

namespace Engage.Classifier.Tests.Csv;

public sealed class Utf8ScanTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("one line", 1)]
    [InlineData("a\nb\n", 3)]
    [InlineData("ünïcödé\r\n😀\nend", 3)]
    public void Scan_ValidUtf8_CountsLinesAndFindsNothing(string text, long lines)
    {
        Utf8Scan.Result result = Utf8Scan.Scan(new MemoryStream(Encoding.UTF8.GetBytes(text)), validate: true);

        result.Lines.Should().Be(lines);
        result.InvalidLine.Should().BeNull();
    }

    [Fact]
    public void Scan_MultiByteLettersAcrossEveryChunkBoundary_AreValid()
    {
        // 200,000 lines of a 2-, 3- and 4-byte letter each: some sequence straddles every 64 KiB chunk boundary.
        var text = new StringBuilder();
        for (int i = 0; i < 200_000; i++)
        {
            text.Append("é€😀\n");
        }

        Utf8Scan.Result result = Utf8Scan.Scan(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), validate: true);

        result.InvalidLine.Should().BeNull();
        result.Lines.Should().Be(200_001);
    }

    [Theory]
    [InlineData(new byte[] { 0xE9 }, 1)]
    [InlineData(new byte[] { 0xC3 }, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1)]
    [InlineData(new byte[] { 0xFF }, 1)]
    public void Scan_InvalidSequenceFarIntoTheFile_ReportsItsLineAndBytes(byte[] bad, int expectedBadLength)
    {
        byte[] before = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ordinary line with ü\n", 50_000)));
        byte[] bytes = [.. before, .. "x"u8, .. bad, .. "y\nlast\n"u8];

        Utf8Scan.Result result = Utf8Scan.Scan(new MemoryStream(bytes), validate: true);

        result.InvalidLine.Should().Be(50_001);
        result.InvalidBytes.Should().HaveCount(expectedBadLength).And.StartWith(bad[0]);
    }

    [Fact]
    public void Scan_FileEndsInsideASequence_IsInvalidOnTheLastLine()
    {
        Utf8Scan.Result result = Utf8Scan.Scan(new MemoryStream([.. "a\nb"u8, 0xE2, 0x82]), validate: true);

        result.InvalidLine.Should().Be(2);
    }
}
