using System.Text.Json.Serialization;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// Source-generated JSON for the model manifest and the training report: no reflection at load time,
/// which keeps loading a model (and the first verdict after it) fast. The report is parsed only when asked for.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    UseStringEnumConverter = true,
    Converters = [typeof(ManifestLabelConverter), typeof(ManifestTimestampConverter)],
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(TrainingReport))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
