using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Training;

/// <summary>The shipped models, trained on every row, and the model file that holds them.</summary>
internal static class FinalModel
{
    /// <summary>Packs the shipped models, trained on all rows (<see cref="OutOfFoldScores"/>), into the model-file entries.</summary>
    /// <param name="models">Saves the ML.NET models.</param>
    /// <param name="rows">Every featurized row.</param>
    /// <param name="treeInputs">Each row's tree input, with out-of-fold text scores (as the calibrators saw them).</param>
    /// <param name="text">The text models trained on every row.</param>
    /// <param name="trees">The trees trained on every row's tree input.</param>
    /// <param name="spamCalibrator">The spam calibrator, fitted on out-of-fold tree scores.</param>
    /// <param name="fillerCalibrator">The filler calibrator, or <see langword="null"/> when filler is not learned.</param>
    public static Dictionary<string, byte[]> Entries(
        MlNetModels models,
        FeaturizedComment[] rows,
        float[][] treeInputs,
        OutOfFoldScores.TextFits text,
        OutOfFoldScores.TreeFits trees,
        MlNetModels.FittedCalibrator spamCalibrator,
        MlNetModels.FittedCalibrator? fillerCalibrator)
    {
        var labeledInputs = treeInputs.Select((input, i) => rows[i].As(input)).ToArray();
        (MlNetModels.TrainedText spamText, MlNetModels.TrainedText? fillerText) = (text.Spam, text.Filler);
        (MlNetModels.TrainedTrees spamTrees, MlNetModels.TrainedTrees? fillerTrees) = (trees.Spam, trees.Filler);

        var scoring = new ScoringModel(
            text.ToModel(),
            spamTrees.Ensemble,
            spamCalibrator.Calibration,
            fillerTrees?.Ensemble,
            fillerCalibrator?.Calibration ?? default,
            ReferenceValues(labeledInputs));

        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [ModelArchive.ScoringEntry] = ModelArchive.ToBytes(s => ScoringModelSerializer.Write(scoring, s)),
            [ModelArchive.MlNetFolder + "spam-text.zip"] = ModelArchive.ToBytes(s => models.Save(spamText.Transformer, spamText.Schema, s)),
            [ModelArchive.MlNetFolder + "spam-trees.zip"] = ModelArchive.ToBytes(s => models.Save(spamTrees.Transformer, spamTrees.Schema, s)),
            [ModelArchive.MlNetFolder + "spam-calibrator.zip"] = ModelArchive.ToBytes(s => models.Save(spamCalibrator.Transformer, spamCalibrator.Schema, s)),
        };
        if (fillerText is not null && fillerTrees is not null && fillerCalibrator is not null)
        {
            entries[ModelArchive.MlNetFolder + "filler-calibrator.zip"] = ModelArchive.ToBytes(s => models.Save(fillerCalibrator.Transformer, fillerCalibrator.Schema, s));
            entries[ModelArchive.MlNetFolder + "filler-text.zip"] = ModelArchive.ToBytes(s => models.Save(fillerText.Transformer, fillerText.Schema, s));
            entries[ModelArchive.MlNetFolder + "filler-trees.zip"] = ModelArchive.ToBytes(s => models.Save(fillerTrees.Transformer, fillerTrees.Schema, s));
        }

        return entries;
    }

    /// <summary>
    /// Writes the model file and loads it back, so a freshly trained classifier is exactly what a saved one loads as.
    /// </summary>
    public static CommentClassifier Package(Dictionary<string, byte[]> entries, TrainingReport report)
    {
        var manifest = new ModelManifest
        {
            FormatVersion = ModelManifest.CurrentFormatVersion,
            LibraryVersion = ModelArchive.LibraryVersion,
            SpamThreshold = report.SpamThreshold,
            LowRelevanceThreshold = VerdictRule.LowRelevanceThreshold,
            TextDimension = HashedGrams.Dimension,
            FeatureNames = FeatureLayout.Names,
            EntryHashes = new Dictionary<string, string>(),
            TrainingReportEntry = ModelArchive.ReportEntry,
        };
        entries[ModelArchive.ReportEntry] = ModelArchive.SerializeReport(report);
        byte[] file = ModelArchive.ToBytes(stream => ModelArchive.Write(stream, manifest, entries));
        using var reader = new MemoryStream(file, writable: false);
        return CommentClassifier.Load(reader);
    }

    /// <summary>The median of each feature over genuine comments (or all non-spam when there are none): what reasons are measured from (<see cref="PathAttribution"/>).</summary>
    private static float[] ReferenceValues(TaskRow<float[]>[] rows)
    {
        var basis = rows.Where(r => r.Label == CommentLabel.Genuine).ToArray();
        if (basis.Length == 0)
        {
            basis = rows.Where(r => r.Label != CommentLabel.Spam).ToArray();
        }

        var reference = new float[FeatureLayout.Count];
        var column = new float[basis.Length];
        for (int feature = 0; feature < reference.Length; feature++)
        {
            for (int i = 0; i < basis.Length; i++)
            {
                column[i] = basis[i].Row[feature];
            }

            Array.Sort(column);
            reference[feature] = column.Length == 0 ? 0 : column[column.Length / 2];
        }

        return reference;
    }
}
