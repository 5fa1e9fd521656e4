using System.Text.Json;
using System.Text.Json.Serialization;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// Labels in model files as their member names (<c>"LowRelevance"</c>), values and dictionary keys alike: the spelling
/// model files have always had. It takes precedence over the snake_case names <see cref="CommentLabel"/> has in the
/// JSON of callers, so that a change in those never changes the model format.
/// </summary>
internal sealed class ManifestLabelConverter : JsonConverter<CommentLabel>
{
    public override CommentLabel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, CommentLabel value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));

    public override CommentLabel ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CommentLabel value, JsonSerializerOptions options) => writer.WritePropertyName(Name(value));

    private static string Name(CommentLabel value) =>
        Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"{(int)value} is not a CommentLabel.");

    private static CommentLabel Parse(string? name) =>
        Enum.TryParse(name, ignoreCase: false, out CommentLabel label) && Enum.IsDefined(label) && !char.IsAsciiDigit(name![0])
            ? label
            : throw new JsonException($"'{name}' is not a CommentLabel.");
}
