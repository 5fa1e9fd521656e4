namespace Engage.Classifier.Tests.Support;

/// <summary>
/// Tests that measure the process's managed memory run alone: other tests allocating at the same time
/// would be counted against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "Memory measuring (runs alone)";
}
