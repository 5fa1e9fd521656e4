using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Engage.Classifier.Benchmarks.Support;

namespace Engage.Classifier.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Engage.Classifier.Benchmarks -- --filter '*' --job short</c>.
/// See benchmarks/README.md for the scenarios and the latest results. <c>-- features ...</c> dumps features for a parity
/// check instead (<see cref="FeatureDump"/>), <c>-- stages ...</c> times each featurizing and scoring stage (<see cref="StageProfile"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is [FeatureDump.Command, ..])
        {
            return FeatureDump.Run(args);
        }

        if (args is [StageProfile.Command, ..])
        {
            return StageProfile.Run(args);
        }

        // Train (or find) the cached model once in the host process, so that benchmark processes load it
        // instead of each training their own, and so that cold-start measurements start truly cold.
        BenchmarkFixture.Prepare(Console.Out);

        IConfig config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median)
            .AddFilter(new DefaultModelFilter(Console.Out), new ClassJobFilter());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
