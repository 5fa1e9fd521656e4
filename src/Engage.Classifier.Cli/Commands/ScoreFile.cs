using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;
using Spectre.Console;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// Scores a comments CSV of any size into a verdicts CSV in bounded memory: records are read lazily,
/// scored a chunk at a time (in parallel within the chunk) and written before the next chunk is read.
/// The verdicts go to the file (or standard output with <c>--out -</c>); progress and the summary to standard error.
/// </summary>
internal static class ScoreFile
{
    /// <summary>Comments held in memory at once; large enough to keep both cores busy, small enough not to matter.</summary>
    internal const int ChunkSize = 1024;

    public static int Run(CliContext context, ScoreFileRequest request)
    {
        OutputPath.Check(request.OutputPath, "--out", "verdicts.csv");
        OutputPath.CheckNotInput(request.OutputPath, "--out", request.CommentsPath, "--comments");
        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        CommentClassifier classifier = ModelSource.Load(request.ModelPath, request.Threshold);
        var counts = new long[Enum.GetValues<CommentLabel>().Length];
        PostMatch match = inputs.NewMatch();
        string title = $"Scoring {inputs.Comments.Name}";
        long? lines = inputs.Comments.Lines;

        long rows = ProgressDisplay.Run(context, title, display =>
        {
            using var output = VerdictCsvWriter.Create(request.OutputPath, context.Output);
            long written = 0;
            foreach (var chunk in inputs.ReadComments(match).Chunk(ChunkSize))
            {
                Verdict[] verdicts = classifier.ClassifyBatch(chunk.Select(r => r.Comment).ToArray(), request.IncludeReasons);
                for (int i = 0; i < chunk.Length; i++)
                {
                    output.Write(chunk[i].Id, verdicts[i]);
                    counts[(int)verdicts[i].Label]++;
                }

                written += chunk.Length;
                if (lines is long total)
                {
                    display.Report(title, chunk[^1].LineNumber, total);
                }
            }

            // Standard input has no known length: its progress shows only when it is done.
            display.Report(title, 1, 1);
            output.Commit();
            return written;
        });

        var summary = new Table().Border(TableBorder.Rounded)
            .AddColumn("Label")
            .AddColumn(new TableColumn("Comments").RightAligned())
            .AddColumn(new TableColumn("Share").RightAligned());
        foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
        {
            long count = counts[(int)label];
            summary.AddRow(LabelNames.Markup(label), Numbers.Count(count), Numbers.Percent(rows == 0 ? double.NaN : (double)count / rows));
        }

        summary.AddRow("[bold]Total[/]", $"[bold]{Numbers.Count(rows)}[/]", string.Empty);
        context.ErrorConsole.Write(summary);
        context.Error.WriteLine(request.OutputPath == OutputPath.StandardOutput
            ? $"Wrote {Numbers.Count(rows)} verdicts to standard output"
            : $"Wrote {Numbers.Count(rows)} verdicts to {request.OutputPath}");
        inputs.Report(context, match);
        return ExitCodes.Success;
    }
}
