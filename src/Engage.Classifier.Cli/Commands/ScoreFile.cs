using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;
using Spectre.Console;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// Scores a comments CSV of any size into a verdicts CSV in bounded memory: records are read lazily,
/// scored a chunk at a time (in parallel within the chunk) and written before the next chunk is read.
/// </summary>
internal static class ScoreFile
{
    /// <summary>Comments held in memory at once; large enough to keep both cores busy, small enough not to matter.</summary>
    internal const int ChunkSize = 1024;

    public static int Run(CliContext context, ScoreFileRequest request)
    {
        (string commentsPath, string? postsPath, string outputPath, string? modelPath, bool includeReasons) = request;
        CommentClassifier classifier = ModelSource.Load(modelPath);
        IReadOnlyDictionary<string, Post>? posts = postsPath is null ? null : CommentCsv.ReadPosts(postsPath);
        long lines = InputLines.Count(commentsPath);
        var counts = new long[Enum.GetValues<CommentLabel>().Length];
        string title = $"Scoring {Path.GetFileName(commentsPath)}";

        long rows = ProgressDisplay.Run(context, title, display =>
        {
            using var output = VerdictCsvWriter.Create(outputPath);
            long written = 0;
            foreach (var chunk in CommentCsv.ReadComments(commentsPath, posts).Chunk(ChunkSize))
            {
                Verdict[] verdicts = classifier.ClassifyBatch(chunk.Select(r => r.Comment).ToArray(), includeReasons);
                for (int i = 0; i < chunk.Length; i++)
                {
                    output.Write(chunk[i].Id, verdicts[i]);
                    counts[(int)verdicts[i].Label]++;
                }

                written += chunk.Length;
                display.Report(title, chunk[^1].LineNumber, lines);
            }

            display.Report(title, lines, lines);
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
        context.Console.Write(summary);
        context.Output.WriteLine($"Wrote {Numbers.Count(rows)} verdicts to {outputPath}");
        return ExitCodes.Success;
    }
}
