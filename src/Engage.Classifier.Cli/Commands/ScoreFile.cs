using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;
using Spectre.Console;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// Scores a comments CSV of any size into a verdicts CSV in bounded memory: records are read lazily and scored a chunk
/// at a time (in parallel within the chunk); while a chunk is scored the next is read and the one before written, so
/// at most three chunks are held at once, and verdicts are written in file order. With <c>--thread-context</c>
/// the file order is taken as thread order instead: each comment is scored with the earlier comments of its thread as
/// context (<see cref="CommentClassifier.ClassifyThread"/>, which remembers the last 200 comments of each thread and
/// 10,000 in all), one at a time, and its verdict is written before the next record is read.
/// The verdicts go to the file (or standard output with <c>--out -</c>); progress and the summary to standard error.
/// </summary>
internal static class ScoreFile
{
    /// <summary>Comments held in memory at once where a file is scored in batches; large enough to keep both cores busy, small enough not to matter.</summary>
    internal const int ChunkSize = 1024;

    /// <summary>Progress is reported every this many comments.</summary>
    private const int ProgressEvery = 1024;

    public static int Run(CliContext context, ScoreFileRequest request)
    {
        OutputPath.Check(request.OutputPath, "--out", "verdicts.csv");
        OutputPath.CheckNotInput(request.OutputPath, "--out", request.CommentsPath, "--comments");
        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        CommentClassifier classifier = ModelSource.Load(request.ModelPath, request.Threshold);
        var counts = new long[Enum.GetValues<CommentLabel>().Length];
        var actions = new long[Enum.GetValues<ModerationAction>().Length];
        PostMatch match = inputs.NewMatch();
        string title = $"Scoring {inputs.Comments.Name}";
        long? lines = inputs.Comments.Lines;

        long rows = ProgressDisplay.Run(context, title, display =>
        {
            using var output = VerdictCsvWriter.Create(request.OutputPath, context.Output);
            long written = 0;
            foreach (var (record, verdict) in Score(classifier, inputs.ReadComments(match), request))
            {
                ModerationResult moderation = request.Policy.Moderate(verdict, record.Comment);
                output.Write(record.Id, moderation);
                counts[(int)verdict.Label]++;
                actions[(int)moderation.Action]++;
                written++;
                if (written % ProgressEvery == 0 && lines is long total)
                {
                    display.Report(title, record.LineNumber, total);
                }
            }

            // Standard input has no known length: its progress shows only when it is done.
            display.Report(title, 1, 1);
            output.Commit();
            return written;
        });

        context.ErrorConsole.Write(Shares("Label", Enum.GetValues<CommentLabel>().Select(l => (LabelNames.Markup(l), counts[(int)l])), rows));
        context.ErrorConsole.Write(Shares("Action", Enum.GetValues<ModerationAction>().Select(a => (ActionNames.Markup(a), actions[(int)a])), rows));
        context.Error.WriteLine(request.OutputPath == OutputPath.StandardOutput
            ? $"Wrote {Verdicts(rows)} to standard output"
            : $"Wrote {Verdicts(rows)} to {request.OutputPath}");
        inputs.Report(context, match);
        return ExitCodes.Success;
    }

    /// <summary>Each record with its verdict, in file order: in parallel batches, or one at a time in thread order.</summary>
    private static IEnumerable<(CommentRecord Record, Verdict Verdict)> Score(CommentClassifier classifier, IEnumerable<CommentRecord> records, ScoreFileRequest request)
    {
        if (!request.ThreadContext)
        {
            // A chunk is scored on the pool while this thread reads the next one and the caller writes the one before,
            // so neither core waits for the file: reading and writing are a third of the work.
            (CommentRecord[] Records, Task<Verdict[]> Verdicts)? scoring = null;
            foreach (CommentRecord[] chunk in records.Chunk(ChunkSize))
            {
                Comment[] chunkComments = Array.ConvertAll(chunk, r => r.Comment);
                var next = (chunk, Task.Run(() => classifier.ClassifyBatch(chunkComments, request.IncludeReasons)));
                if (scoring is { } done)
                {
                    foreach (var pair in Pairs(done.Records, done.Verdicts))
                    {
                        yield return pair;
                    }
                }

                scoring = next;
            }

            if (scoring is { } last)
            {
                foreach (var pair in Pairs(last.Records, last.Verdicts))
                {
                    yield return pair;
                }
            }

            yield break;
        }

        // Thread order: each comment is compared with the earlier comments of its thread, so a copy names the id it copies.
        var pending = new Queue<CommentRecord>(1);
        IEnumerable<Comment> comments = records.Select(record =>
        {
            pending.Enqueue(record);
            return record.Comment with { Id = record.Id };
        });
        foreach (Verdict verdict in classifier.ClassifyThread(comments, request.IncludeReasons))
        {
            yield return (pending.Dequeue(), verdict);
        }
    }

    /// <summary>The records of a chunk with their verdicts, once it is scored; its failure is rethrown as itself.</summary>
    private static IEnumerable<(CommentRecord Record, Verdict Verdict)> Pairs(CommentRecord[] records, Task<Verdict[]> scoring)
    {
        Verdict[] verdicts = scoring.GetAwaiter().GetResult();
        for (int i = 0; i < records.Length; i++)
        {
            yield return (records[i], verdicts[i]);
        }
    }

    /// <summary>"1 verdict", "30 verdicts".</summary>
    private static string Verdicts(long rows) => $"{Numbers.Count(rows)} verdict{(rows == 1 ? string.Empty : "s")}";

    /// <summary>A table of counts and their shares of <paramref name="total"/>, with a total row.</summary>
    private static Table Shares(string heading, IEnumerable<(string Markup, long Count)> rows, long total)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(heading)
            .AddColumn(new TableColumn("Comments").RightAligned())
            .AddColumn(new TableColumn("Share").RightAligned());
        foreach (var (markup, count) in rows)
        {
            table.AddRow(markup, Numbers.Count(count), Numbers.Percent(total == 0 ? double.NaN : (double)count / total));
        }

        table.AddRow("[bold]Total[/]", $"[bold]{Numbers.Count(total)}[/]", string.Empty);
        return table;
    }
}
