using System.Text.Json;
using Engage.Classifier.ModelFile;

namespace Engage.Classifier.Tests.ModelFile;

/// <summary>Times in model files are written as readable UTC, and every spelling written before still reads.</summary>
public sealed class ManifestTimestampTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ManifestTimestampConverter() } };

    [Fact]
    public void Write_AnOffsetTime_IsUtcWithAZAndNoEscapedPlus()
    {
        var time = new DateTimeOffset(2026, 11, 30, 3, 40, 12, TimeSpan.FromHours(2));

        string json = JsonSerializer.Serialize(time, Options);

        json.Should().Be("\"2026-11-30T01:40:12.0000000Z\"");
    }

    [Theory]
    [InlineData("\"2026-11-30T01:40:12.0000000\\u002B00:00\"")]
    [InlineData("\"2026-11-30T01:40:12.0000000+00:00\"")]
    [InlineData("\"2026-11-30T03:40:12+02:00\"")]
    [InlineData("\"2026-11-30T01:40:12.0000000Z\"")]
    public void Read_EverySpellingWrittenBefore_IsTheSameInstant(string json)
    {
        DateTimeOffset time = JsonSerializer.Deserialize<DateTimeOffset>(json, Options);

        time.UtcDateTime.Should().Be(new DateTime(2026, 11, 30, 1, 40, 12, DateTimeKind.Utc));
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryTick()
    {
        DateTimeOffset time = new DateTimeOffset(2026, 11, 30, 1, 40, 12, TimeSpan.Zero).AddTicks(1234567);

        JsonSerializer.Deserialize<DateTimeOffset>(JsonSerializer.Serialize(time, Options), Options).Should().Be(time);
    }
}
