using Engage.Classifier.Text;

namespace Engage.Classifier.Features;

/// <summary>
/// Per-thread scratch space for featurizing one comment at a time without allocating.
/// Never shared between threads: get it with <see cref="Current"/>.
/// </summary>
internal sealed class FeatureWorkspace
{
    [ThreadStatic]
    private static FeatureWorkspace? t_current;

    private int[] _textIndices = new int[2048];
    private ulong[] _words = new ulong[512];
    private ulong[] _stems = new ulong[256];

    public static FeatureWorkspace Current => t_current ??= new FeatureWorkspace();

    public NormalizedText Text { get; } = new();

    public NormalizedText AuthorText { get; } = new();

    /// <summary>Dense features (<see cref="FeatureLayout"/>).</summary>
    public float[] Features { get; } = new float[FeatureLayout.Count];

    public HashCounter Counter { get; } = new();

    public ulong[] Domains { get; } = new ulong[64];

    public int DomainCount { get; set; }

    /// <summary>Hashed text-feature buckets, one entry per occurrence (repeats count).</summary>
    public ReadOnlySpan<int> TextIndices => _textIndices.AsSpan(0, TextIndexCount);

    public int TextIndexCount { get; private set; }

    public ReadOnlySpan<ulong> Words => _words.AsSpan(0, WordCount);

    public int WordCount { get; private set; }

    public void ResetTextIndices() => TextIndexCount = 0;

    public void AddTextIndex(int index)
    {
        if (TextIndexCount == _textIndices.Length)
        {
            Array.Resize(ref _textIndices, _textIndices.Length * 2);
        }

        _textIndices[TextIndexCount++] = index;
    }

    /// <summary>Stems of the content words, recorded only when the comment has a post.</summary>
    public ReadOnlySpan<ulong> Stems => _stems.AsSpan(0, StemCount);

    public int StemCount { get; private set; }

    public void AddStem(ulong hash)
    {
        if (StemCount == _stems.Length)
        {
            Array.Resize(ref _stems, _stems.Length * 2);
        }

        _stems[StemCount++] = hash;
    }

    public void ResetWords()
    {
        WordCount = 0;
        StemCount = 0;
    }

    public void AddWord(ulong hash)
    {
        if (WordCount == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        _words[WordCount++] = hash;
    }
}
