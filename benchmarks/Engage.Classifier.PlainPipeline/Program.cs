using System.Diagnostics;
using System.Globalization;
using Engage.Classifier.Workbench;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engage.Classifier.PlainPipeline;

/// <summary>
/// The plain ML.NET pipeline (<see cref="PlainMlNetBaseline"/>) end to end on CSV files, the way an ML.NET user would
/// write it: ML.NET's own <see cref="TextLoader"/> reads the file, one <c>Transform</c> scores it. Two commands:
/// <c>train labeled.csv model.zip</c> (load, fit on four fifths of the threads, evaluate on the rest, save) and
/// <c>score model.zip comments.csv out.csv</c> (id, spam probability, label). Each prints its phases' times
/// (<c>phase load|fit|evaluate|score seconds</c>) on standard error, so a script can time the phase or the process.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["train", string data, string model]:
                Train(data, model);
                return 0;
            case ["score", string model, string comments, string output]:
                Score(model, comments, output);
                return 0;
            default:
                Console.Error.WriteLine("usage: train <labeled.csv> <model.zip> | score <model.zip> <comments.csv> <out.csv>");
                return 2;
        }
    }

    private static void Train(string dataPath, string modelPath)
    {
        var ml = new MLContext(seed: 42);
        var clock = Stopwatch.StartNew();
        IDataView data = ml.Data.Cache(Load(ml, dataPath, withLabel: true));
        long rows = data.GetRowCount() ?? data.GetColumn<string>(Column.Text).LongCount();
        Phase("load", clock);
        // The label mapping is not part of the saved model: scoring reads no label.
        IDataView labeled = ml.Transforms.Conversion.MapValue(
                Column.Label,
                [KeyValuePair.Create("spam", true), KeyValuePair.Create("genuine", false), KeyValuePair.Create("low_relevance", false)],
                Column.LabelText)
            .Fit(data)
            .Transform(data);
        DataOperationsCatalog.TrainTestData split = ml.Data.TrainTestSplit(labeled, testFraction: 0.2, samplingKeyColumnName: Column.Thread, seed: 42);
        IEstimator<ITransformer> pipeline = PlainMlNetBaseline.Pipeline(ml, Column.Text, Column.Label);
        ITransformer model = pipeline.Fit(split.TrainSet);
        Phase("fit", clock);
        CalibratedBinaryClassificationMetrics metrics = ml.BinaryClassification.Evaluate(model.Transform(split.TestSet), Column.Label);
        Phase("evaluate", clock);
        ml.Model.Save(model, split.TrainSet.Schema, modelPath);
        Console.Error.WriteLine(FormattableString.Invariant($"rows {rows}, held-out AUC {metrics.AreaUnderRocCurve:F4}, accuracy {metrics.Accuracy:F4}"));
    }

    private static void Score(string modelPath, string commentsPath, string outputPath)
    {
        var ml = new MLContext(seed: 42);
        var clock = Stopwatch.StartNew();
        ITransformer model = ml.Model.Load(modelPath, out _);
        Phase("load", clock);
        IDataView scored = model.Transform(Load(ml, commentsPath, withLabel: false));
        using var writer = new StreamWriter(outputPath);
        writer.WriteLine("id,spam_probability,label");
        using DataViewRowCursor cursor = scored.GetRowCursor(scored.Schema.Where(c => c.Name is Column.Id or Column.Probability or Column.PredictedLabel));
        ValueGetter<ReadOnlyMemory<char>> id = cursor.GetGetter<ReadOnlyMemory<char>>(scored.Schema[Column.Id]);
        ValueGetter<float> probability = cursor.GetGetter<float>(scored.Schema[Column.Probability]);
        ValueGetter<bool> spam = cursor.GetGetter<bool>(scored.Schema[Column.PredictedLabel]);
        ReadOnlyMemory<char> idValue = default;
        float probabilityValue = 0;
        bool spamValue = false;
        long rows = 0;
        while (cursor.MoveNext())
        {
            id(ref idValue);
            probability(ref probabilityValue);
            spam(ref spamValue);
            writer.Write(idValue.Span);
            writer.Write(',');
            writer.Write(probabilityValue.ToString("R", CultureInfo.InvariantCulture));
            writer.WriteLine(spamValue ? ",spam" : ",genuine");
            rows++;
        }

        Phase("score", clock);
        Console.Error.WriteLine(FormattableString.Invariant($"rows {rows}"));
    }

    /// <summary>The CSV through ML.NET's loader: RFC 4180 quoting, line breaks inside quoted fields, columns found by header name.</summary>
    private static IDataView Load(MLContext ml, string path, bool withLabel)
    {
        string[] header = File.ReadLines(path).First().Split(',');
        int Index(string name) => Array.IndexOf(header, name) is int i and >= 0 ? i : throw new InvalidDataException($"{path} has no '{name}' column.");
        var columns = new List<TextLoader.Column>
        {
            new(Column.Id, DataKind.String, Index("id")),
            new(Column.Text, DataKind.String, Index("content")),
        };
        if (withLabel)
        {
            columns.Add(new TextLoader.Column(Column.Thread, DataKind.String, Index("thread")));
            columns.Add(new TextLoader.Column(Column.LabelText, DataKind.String, Index("label")));
        }

        return ml.Data.LoadFromTextFile(path, new TextLoader.Options
        {
            Columns = [.. columns],
            Separators = [','],
            HasHeader = true,
            AllowQuoting = true,
            ReadMultilines = true,
            TrimWhitespace = false,
        });
    }

    private static void Phase(string name, Stopwatch clock)
    {
        Console.Error.WriteLine(FormattableString.Invariant($"phase {name} {clock.Elapsed.TotalSeconds:F3}"));
        clock.Restart();
    }

    /// <summary>The columns read from the CSV; the model's own columns are the library's <see cref="ColumnNames"/>.</summary>
    private static class Column
    {
        public const string Id = "Id";
        public const string Text = "Text";
        public const string Thread = "Thread";
        public const string LabelText = "LabelText";
        public const string Label = ColumnNames.Label;
        public const string Probability = ColumnNames.Probability;
        public const string PredictedLabel = ColumnNames.PredictedLabel;
    }
}
