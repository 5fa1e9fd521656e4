using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Engage.Classifier.Workbench;
using Microsoft.ML;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// The trained models the benchmarks share. Our model is trained on the corpus once and cached on disk,
/// keyed by the corpus files and the exact build of Engage.Classifier, because BenchmarkDotNet runs every
/// case in its own process and training in each would dominate the run. The baseline is cheap to train and
/// is trained in each benchmark's [GlobalSetup] on the same rows.
/// </summary>
internal static class BenchmarkFixture
{
    /// <summary>Environment variables through which the host process hands the prepared model paths to benchmark processes.</summary>
    public const string ModelPathVariable = "ENGAGE_BENCH_MODEL";

    public const string BaselinePathVariable = "ENGAGE_BENCH_BASELINE_MODEL";

    private static TrainingCorpus? s_corpus;

    public static TrainingCorpus Corpus => s_corpus ??= TrainingCorpus.Load();

    /// <summary>Path of our model trained on <see cref="Corpus"/>, training and saving it first when absent.</summary>
    public static string ModelPath(TextWriter? log = null)
    {
        // Benchmark processes are builds of their own (a different module id), so they take the host's model by name.
        if (Environment.GetEnvironmentVariable(ModelPathVariable) is { Length: > 0 } prepared && File.Exists(prepared))
        {
            return prepared;
        }

        string path = Path.Combine(RepositoryPaths.Cache, $"engage-{CacheKey()}.zip");
        if (File.Exists(path))
        {
            return path;
        }

        log?.WriteLine($"// Training the benchmark model on the {Corpus.Description}...");
        var started = System.Diagnostics.Stopwatch.StartNew();
        TrainingResult result = new CommentClassifierTrainer(new TrainerOptions()).Train(Corpus.Comments);
        Directory.CreateDirectory(RepositoryPaths.Cache);
        RemoveStale("engage-*.zip");
        result.Classifier.Save(path);
        log?.WriteLine($"// Trained in {started.Elapsed.TotalSeconds:F1} s, saved to {path} ({new FileInfo(path).Length:N0} bytes).");
        return path;
    }

    /// <summary>Path of the plain ML.NET baseline trained on <see cref="Corpus"/>, saved as an ML.NET model zip.</summary>
    public static string BaselineModelPath(TextWriter? log = null)
    {
        if (Environment.GetEnvironmentVariable(BaselinePathVariable) is { Length: > 0 } prepared && File.Exists(prepared))
        {
            return prepared;
        }

        string path = Path.Combine(RepositoryPaths.Cache, $"baseline-{CacheKey()}.zip");
        if (File.Exists(path))
        {
            return path;
        }

        log?.WriteLine("// Training the plain ML.NET baseline...");
        PlainMlNetBaseline baseline = TrainBaseline();
        Directory.CreateDirectory(RepositoryPaths.Cache);
        RemoveStale("baseline-*.zip");
        string temporary = path + ".tmp";
        baseline.Context.Model.Save(baseline.Model, BaselineInputSchema(baseline.Context), temporary);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public static CommentClassifier LoadModel() => CommentClassifier.Load(ModelPath());

    public static PlainMlNetBaseline TrainBaseline() => PlainMlNetBaseline.Train(Corpus.Comments, seed: 42);

    /// <summary>Run once in the host process so every benchmark process finds both models on disk.</summary>
    public static void Prepare(TextWriter log)
    {
        log.WriteLine($"// Training data: {Corpus.Description}");
        string model = ModelPath(log);
        string baseline = BaselineModelPath(log);
        Environment.SetEnvironmentVariable(ModelPathVariable, model);
        Environment.SetEnvironmentVariable(BaselinePathVariable, baseline);
        log.WriteLine($"// Model file: {model} ({new FileInfo(model).Length:N0} bytes); baseline {new FileInfo(baseline).Length:N0} bytes");
    }

    /// <summary>Models cached for an older corpus or library build are never read again.</summary>
    private static void RemoveStale(string pattern)
    {
        foreach (string stale in Directory.EnumerateFiles(RepositoryPaths.Cache, pattern))
        {
            File.Delete(stale);
        }
    }

    private static DataViewSchema BaselineInputSchema(MLContext ml) =>
        ml.Data.LoadFromEnumerable(Array.Empty<PlainMlNetBaseline.Row>()).Schema;

    /// <summary>Changes when the corpus files or the library build change (deterministic builds keep the MVID stable).</summary>
    private static string CacheKey()
    {
        var key = new StringBuilder();
        foreach (string file in Corpus.Files)
        {
            var info = new FileInfo(file);
            key.Append(CultureInfo.InvariantCulture, $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks};");
        }

        key.Append(typeof(CommentClassifier).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..16];
    }
}
