using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// Leaves out the <see cref="DefaultModel.Category"/> benchmarks, with one message saying why, while the
/// library has no embedded default model (LoadDefault throws), instead of letting them fail in setup.
/// </summary>
internal sealed class DefaultModelFilter(TextWriter log) : IFilter
{
    private bool _reported;

    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        if (DefaultModel.IsAvailable || !benchmarkCase.Descriptor.HasCategory(DefaultModel.Category))
        {
            return true;
        }

        if (!_reported)
        {
            _reported = true;
            log.WriteLine($"// SKIPPED the '{DefaultModel.Category}' benchmarks: {DefaultModel.WhyUnavailable}");
        }

        return false;
    }
}
