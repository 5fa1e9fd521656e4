using Engage.Classifier.Cli.Tests.Support;
using Xunit.Abstractions;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary>
/// <c>engage score --comments</c> streams: the live managed heap while scoring 200,000 rows is no larger than
/// while scoring 20,000, up to a margin far below what holding the extra 180,000 rows would take.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ScoreStreamingTests(TrainedModel model, ITestOutputHelper log) : IDisposable
{
    private const int SmallRows = 20_000;
    private const int LargeRows = 200_000;

    // Holding 180,000 more comments with their verdicts would take well over 100 MB (strings, records, reasons).
    private const long AllowedGrowthBytes = 16L * 1024 * 1024;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ScoreFile_TenTimesMoreRows_LiveHeapDoesNotGrow()
    {
        string small = CommentFileGenerator.Write(_folder.File("small.csv"), SmallRows);
        string large = CommentFileGenerator.Write(_folder.File("large.csv"), LargeRows);

        // A first run loads the model and warms up, so neither measured run pays for it.
        EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--out", _folder.File("warm.csv"), "--model", model.ModelPath).ExitCode.Should().Be(0);

        // Without reasons, to keep the suite fast: they cost most of the scoring time but nothing that outlives a row.
        long smallPeak = PeakLiveHeap(() => Score(small, "small-verdicts.csv"), out CliResult smallRun);
        long largePeak = PeakLiveHeap(() => Score(large, "large-verdicts.csv"), out CliResult largeRun);

        log.WriteLine($"input sizes: {new FileInfo(small).Length:N0} and {new FileInfo(large).Length:N0} bytes");
        log.WriteLine($"peak live managed heap: {SmallRows:N0} rows {smallPeak:N0} bytes, {LargeRows:N0} rows {largePeak:N0} bytes");
        smallRun.ExitCode.Should().Be(0, smallRun.ToString());
        largeRun.ExitCode.Should().Be(0, largeRun.ToString());
        File.ReadLines(_folder.File("large-verdicts.csv")).Count().Should().Be(LargeRows + 1);
        largeRun.Error.Should().Contain("Wrote 200,000 verdicts");
        largePeak.Should().BeLessThan(smallPeak + AllowedGrowthBytes);
    }

    private CliResult Score(string input, string output) =>
        EngageTool.Run("score", "--comments", input, "--out", _folder.File(output), "--no-reasons", "--model", model.ModelPath);

    /// <summary>
    /// Runs <paramref name="action"/> while another thread samples the live heap (after a full collection)
    /// every 100 ms, and returns the largest sample.
    /// </summary>
    private static long PeakLiveHeap(Func<CliResult> action, out CliResult result)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long peak = GC.GetTotalMemory(forceFullCollection: true);
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(100))
            {
                long live = GC.GetTotalMemory(forceFullCollection: true);
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), live));
            }
        });
        sampler.Start();
        try
        {
            result = action();
        }
        finally
        {
            done.Set();
            sampler.Join();
        }

        return peak;
    }
}
