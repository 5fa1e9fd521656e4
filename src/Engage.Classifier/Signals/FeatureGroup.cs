using System.Runtime.CompilerServices;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals;

/// <summary>
/// A feature group whose features are the members of <typeparamref name="TFeature"/>, in order: the enum is the
/// one declaration of the group's features, their names and their positions within the group.
/// </summary>
/// <typeparam name="TFeature">An enum with members 0, 1, 2, ...</typeparam>
internal abstract class FeatureGroup<TFeature> : IFeatureGroup
    where TFeature : struct, Enum
{
    public IReadOnlyList<string> FeatureNames { get; } = Enum.GetNames<TFeature>();

    public bool CanExplain(ReadOnlySpan<float> values) => CanExplain(new FeatureValues<TFeature>(values));

    public Reason? Describe(ReadOnlySpan<float> values, CommentLabel label, in ReasonFacts facts) => Describe(new FeatureValues<TFeature>(values), label, facts);

    protected virtual bool CanExplain(FeatureValues<TFeature> values) => true;

    /// <summary>The group's reason; a group whose reasons need a <see cref="ReasonFacts"/> overrides this one.</summary>
    protected virtual Reason? Describe(FeatureValues<TFeature> values, CommentLabel label, in ReasonFacts facts) => Describe(values, label);

    protected abstract Reason? Describe(FeatureValues<TFeature> values, CommentLabel label);
}

/// <summary>A <see cref="FeatureGroup{TFeature}"/> computed from the comment by the featurizer.</summary>
/// <typeparam name="TFeature">The family's features.</typeparam>
internal abstract class SignalFamily<TFeature> : FeatureGroup<TFeature>, ISignalFamily
    where TFeature : struct, Enum
{
    public void Compute(in SignalInput input, Span<float> values) => Compute(input, new FeatureSlots<TFeature>(values));

    protected abstract void Compute(in SignalInput input, FeatureSlots<TFeature> values);
}

/// <summary>A group's feature values, read by feature.</summary>
/// <typeparam name="TFeature">The group's features.</typeparam>
internal readonly ref struct FeatureValues<TFeature>(ReadOnlySpan<float> values)
    where TFeature : struct, Enum
{
    private readonly ReadOnlySpan<float> _values = values;

    public float this[TFeature feature] => _values[Unsafe.As<TFeature, int>(ref feature)];

    /// <summary>The value as a whole count (the features that count things hold whole numbers).</summary>
    public int Count(TFeature feature) => (int)this[feature];
}

/// <summary>A family's feature slots, written by feature.</summary>
/// <typeparam name="TFeature">The family's features.</typeparam>
internal readonly ref struct FeatureSlots<TFeature>(Span<float> values)
    where TFeature : struct, Enum
{
    private readonly Span<float> _values = values;

    public float this[TFeature feature]
    {
        get => _values[Unsafe.As<TFeature, int>(ref feature)];
        set => _values[Unsafe.As<TFeature, int>(ref feature)] = value;
    }
}
