using System.Collections.Concurrent;
using System.Diagnostics;
using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>
/// Eight threads classify without pause while the model file is replaced again and again with good and bad
/// files. Every verdict must be exactly model A's or model B's for that input: never a mix, never an error.
/// </summary>
public sealed class HotReloadLoadTests : IDisposable
{
    private const int Threads = 8;
    private static readonly TimeSpan MinimumRun = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HardBound = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Classify_WhileModelFileIsReplaced_EveryVerdictIsModelAsOrModelBs()
    {
        Comment[] inputs = LoadInputs();
        Expected[] expectedA = inputs.Select(c => Expected.Of(_models.ClassifierA.Classify(c, includeReasons: true))).ToArray();
        Expected[] expectedB = inputs.Select(c => Expected.Of(_models.ClassifierB.Classify(c, includeReasons: true))).ToArray();
        expectedA.Zip(expectedB).Count(p => !p.First.Equals(p.Second)).Should().BeGreaterThan(inputs.Length / 2, "A and B must disagree for the test to tell them apart");

        string path = _temp.File("model.zip");
        File.WriteAllBytes(path, _models.ModelA);
        using ServiceProvider services = ClassifierServices.Build(o =>
        {
            o.ModelPath = path;
            o.ReloadDebounce = TimeSpan.FromMilliseconds(20);
        });
        var provider = services.GetRequiredService<ICommentClassifierProvider>();

        var errors = new ConcurrentQueue<string>();
        long servedA = 0, servedB = 0, calls = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            int i = t;
            while (!stop.IsCancellationRequested)
            {
                int k = i++ % inputs.Length;
                bool reasons = (i & 1) == 0;
                try
                {
                    Expected got = Expected.Of(provider.Classify(inputs[k], reasons));
                    Interlocked.Increment(ref calls);
                    if (got.Equals(expectedA[k].WithReasons(reasons)))
                    {
                        Interlocked.Increment(ref servedA);
                    }
                    else if (got.Equals(expectedB[k].WithReasons(reasons)))
                    {
                        Interlocked.Increment(ref servedB);
                    }
                    else
                    {
                        errors.Enqueue($"input {k}: verdict {got} is neither A's {expectedA[k]} nor B's {expectedB[k]}");
                    }
                }
                catch (Exception ex)
                {
                    errors.Enqueue($"input {k}: {ex}");
                }
            }
        })
        { IsBackground = true, Name = $"classify-{t}" }).ToArray();

        var clock = Stopwatch.StartNew();
        foreach (Thread worker in workers)
        {
            worker.Start();
        }

        int cycles = 0;
        string temporary = _temp.File(".model.zip.tmp");
        while (clock.Elapsed < MinimumRun || cycles < 3)
        {
            // Good B renamed over the file (atomic), corrupt bytes in place, good A in place, truncated B in place.
            File.WriteAllBytes(temporary, _models.ModelB);
            File.Move(temporary, path, overwrite: true);
            ServeAndWait(ref servedB);
            File.WriteAllBytes(path, BadModels.Corrupt(_models.ModelA));
            provider.TryReload();
            Thread.Sleep(60);
            File.WriteAllBytes(path, _models.ModelA);
            ServeAndWait(ref servedA);
            File.WriteAllBytes(path, _models.ModelB[..(_models.ModelB.Length / 2)]);
            provider.TryReload();
            Thread.Sleep(60);
            cycles++;
            clock.Elapsed.Should().BeLessThan(HardBound);
        }

        stop.Cancel();

        foreach (Thread worker in workers)
        {
            worker.Join(HardBound).Should().BeTrue("a classifying thread hung");
        }

        errors.Should().BeEmpty();
        Interlocked.Read(ref calls).Should().Be(servedA + servedB);
        servedA.Should().BeGreaterThan(0);
        servedB.Should().BeGreaterThan(0);
        provider.ReloadCount.Should().BeGreaterThanOrEqualTo(2 * cycles);
        provider.FailedReloadCount.Should().BeGreaterThanOrEqualTo(2 * cycles);

        // Reload the good file just written, then wait (bounded) until the workers have been served by it.
        void ServeAndWait(ref long served)
        {
            long before = Interlocked.Read(ref served);
            provider.TryReload().Should().BeTrue();
            Thread.Sleep(30);
            long start = clock.ElapsedMilliseconds;
            while (Interlocked.Read(ref served) == before && clock.ElapsedMilliseconds - start < 10_000)
            {
                Thread.Sleep(5);
            }
        }
    }

    private Comment[] LoadInputs()
    {
        IReadOnlyDictionary<string, Post> posts = CommentCsv.ReadPosts(_models.PostsPath);
        return CommentCsv.ReadComments(_models.CommentsPath, posts)
            .Select(r => r.Comment)
            .Take(60)
            .Concat(
            [
                new Comment(""),
                new Comment("ｃｈｅａｐ ｖｉａｇｒａ http://x.example"),
                new Comment("Сheap рills оnline") { AuthorName = "seo expert", AuthorUrl = "http://seo.example" },
                new Comment("<a href=\"http://spam.example\">click</a> <b>now</b>"),
            ])
            .ToArray();
    }

    private sealed record Expected(CommentLabel Label, double Spam, double LowRelevance, double? Relevance, string Reasons)
    {
        public static Expected Of(Verdict v) => new(v.Label, v.SpamProbability, v.LowRelevanceProbability, v.Relevance, string.Join(" | ", v.Reasons));

        public Expected WithReasons(bool reasons) => reasons ? this : this with { Reasons = string.Empty };
    }
}
