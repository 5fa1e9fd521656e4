using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// Keeps a class that declares its own job (cold start, few training iterations) on that job alone.
/// BenchmarkDotNet adds a command-line job such as <c>--job short</c> beside the class's own, which
/// would re-measure cold-start and training scenarios warm and with many iterations.
/// </summary>
internal sealed class ClassJobFilter : BenchmarkDotNet.Filters.IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        Job[] declared = benchmarkCase.Descriptor.Type
            .GetCustomAttributes<JobConfigBaseAttribute>(inherit: true)
            .SelectMany(a => a.Config.GetJobs())
            .ToArray();
        if (declared.Length == 0)
        {
            return true;
        }

        Job job = benchmarkCase.Job;
        return declared.Any(d =>
            job.Run.RunStrategy == d.Run.RunStrategy
            && job.Run.LaunchCount == d.Run.LaunchCount
            && job.Run.IterationCount == d.Run.IterationCount);
    }
}
