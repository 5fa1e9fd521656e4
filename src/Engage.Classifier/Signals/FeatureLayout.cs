using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Signals;

/// <summary>
/// The declaring table of the dense features the tree models read: the signal families, then the text-model
/// scores. Positions and names follow from it. The order is part of the model format: add a family at the end
/// of <see cref="Families"/> (one file in Families/ and one entry here) and bump
/// <see cref="ModelFile.ModelManifest.CurrentFormatVersion"/>.
/// </summary>
internal static class FeatureLayout
{
    /// <summary>The signal families, in layout order.</summary>
    public static ImmutableArray<ISignalFamily> Families { get; } =
    [
        new LinkSignals(),
        new AuthorSignals(),
        new ListShapeSignals(),
        new SignatureSignals(),
        new DisguiseSignals(),
        new ContactSignals(),
        new ShapeSignals(),
        new FillerSignals(),
        new RelevanceSignals(),
        new PayloadSignals(),
        new TechnicalSignals(),
        new SemanticSignals(),
    ];

    /// <summary>Every group in layout order with its place: the families, then the text-model scores.</summary>
    public static ImmutableArray<FeatureRange> Groups { get; } = Place([.. Families, new TextScores()]);

    /// <summary>Number of features the signal families compute (they come first).</summary>
    public static int SignalCount { get; } = Families.Sum(f => f.FeatureNames.Count);

    /// <summary>Number of dense features, text-model scores included.</summary>
    public static int Count { get; } = Groups.Sum(g => g.Length);

    /// <summary>Feature names in layout order (stored in every model file and checked on load).</summary>
    public static IReadOnlyList<string> Names { get; } = Groups.SelectMany(g => g.Group.FeatureNames).ToArray();

    /// <summary>The position of <paramref name="feature"/> in the feature vector.</summary>
    public static int IndexOf<TFeature>(TFeature feature)
        where TFeature : struct, Enum => Offset<TFeature>.Value + Unsafe.As<TFeature, int>(ref feature);

    private static ImmutableArray<FeatureRange> Place(IFeatureGroup[] groups)
    {
        var ranges = ImmutableArray.CreateBuilder<FeatureRange>(groups.Length);
        int start = 0;
        foreach (IFeatureGroup group in groups)
        {
            ranges.Add(new FeatureRange(group, start, group.FeatureNames.Count));
            start += group.FeatureNames.Count;
        }

        return ranges.MoveToImmutable();
    }

    /// <summary>Where the group whose features are <typeparamref name="TFeature"/> starts (found once per feature type).</summary>
    private static class Offset<TFeature>
        where TFeature : struct, Enum
    {
        public static readonly int Value = Groups.Single(g => g.Group is FeatureGroup<TFeature>).Start;
    }
}

/// <summary>A feature group and the positions it fills.</summary>
/// <param name="Group">The group.</param>
/// <param name="Start">Position of its first feature.</param>
/// <param name="Length">Number of features.</param>
internal sealed record FeatureRange(IFeatureGroup Group, int Start, int Length)
{
    public bool Contains(int feature) => feature >= Start && feature < Start + Length;
}
