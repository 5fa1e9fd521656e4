using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// Times in model files as UTC with a <c>Z</c> (<c>"2026-11-30T01:40:00.0000000Z"</c>), so a manifest reads as written:
/// the default writer spells an offset's '+' as <c>\u002B</c>. Files written that way, or with any offset, still read.
/// </summary>
internal sealed class ManifestTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
