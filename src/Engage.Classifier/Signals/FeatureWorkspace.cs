using Engage.Classifier.Semantics;
using Engage.Classifier.Text;
using Engage.Classifier.TextModel;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// Per-thread buffers for featurizing one comment at a time without allocating: one per stage's output.
/// Never shared between threads: get it with <see cref="Current"/>.
/// </summary>
internal sealed class FeatureWorkspace
{
    [ThreadStatic]
    private static FeatureWorkspace? t_current;

    private readonly float[] _signals = new float[FeatureLayout.SignalCount];
    private readonly float[] _treeInput = new float[FeatureLayout.Count];

    public static FeatureWorkspace Current => t_current ??= new FeatureWorkspace();

    /// <summary>Stage 1: the normalized comment text.</summary>
    public NormalizedText Text { get; } = new();

    /// <summary>Stage 2: its words.</summary>
    public WordPass Words { get; } = new();

    /// <summary>Shared stage: its links.</summary>
    public LinkScan Links { get; } = new();

    /// <summary>Shared stage: its author fields.</summary>
    public AuthorFields Author { get; } = new();

    /// <summary>Shared stage: the comment's static embedding (only when it has a post).</summary>
    public CommentMeaning Meaning { get; } = new();

    /// <summary>Scratch counter lent to the family that computes.</summary>
    public HashCounter Scratch { get; } = new();

    /// <summary>Stage 3: the dense signals (<see cref="FeatureLayout.SignalCount"/> values).</summary>
    public Span<float> Signals => _signals;

    /// <summary>Stage 4: the hashed n-gram occurrences the text models read.</summary>
    public GramOccurrences Grams { get; } = new();

    /// <summary>Stage 5: the trees' input, signals then text scores (<see cref="FeatureLayout.Count"/> values).</summary>
    public Span<float> TreeInput => _treeInput;
}
