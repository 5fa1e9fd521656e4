using System.IO.Compression;

namespace Engage.Classifier.Tests.ModelFile;

/// <summary>
/// Labels inside model files keep the spelling model files always had ("LowRelevance"), whatever names labels have in
/// callers' JSON, so models saved before labels had JSON names still load and newly saved ones read the same.
/// </summary>
public sealed class ManifestLabelTests
{
    [Fact]
    public void SavedModel_TrainingReport_KeepsMemberNamesForLabels()
    {
        using var saved = new MemoryStream();
        CommentClassifier.LoadDefault().Save(saved);

        string report = ReadEntry(saved, "training-report.json");

        report.Should().Contain("\"Genuine\":").And.Contain("\"LowRelevance\":").And.Contain("\"Spam\":");
        report.Should().NotContain("low_relevance");
    }

    [Fact]
    public void SavedAndLoaded_TrainingReport_HasTheSameLabelCounts()
    {
        CommentClassifier embedded = CommentClassifier.LoadDefault();
        using var saved = new MemoryStream();
        embedded.Save(saved);
        saved.Position = 0;

        CommentClassifier.Load(saved).TrainingReport!.LabelCounts.Should().Equal(embedded.TrainingReport!.LabelCounts);
        embedded.TrainingReport.LabelCounts.Keys.Should().BeEquivalentTo(Enum.GetValues<CommentLabel>());
    }

    private static string ReadEntry(MemoryStream zipBytes, string name)
    {
        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read, leaveOpen: true);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
