using System.Runtime.CompilerServices;

namespace Engage.Classifier.Text;

/// <summary>
/// A reusable buffer holding one normalized text and what normalization saw on the way.
/// Owned by one thread at a time (see <see cref="Signals.FeatureWorkspace"/>).
/// </summary>
internal sealed class NormalizedText
{
    private char[] _chars = new char[1024];
    private char[] _hrefs = new char[256];
    private int[] _hrefTextCharacters = new int[8];
    private int _openHref = -1;
    private int _openHrefTextStart;

    /// <summary>Visible text: NFKC, tags removed, entities decoded, invisible characters dropped, look-alikes folded.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

    /// <summary>The targets of HTML links, one per line (they are not part of the visible text).</summary>
    public ReadOnlySpan<char> Hrefs => _hrefs.AsSpan(0, HrefLength);

    /// <summary>The visible characters of each link target's anchor (as counted in <see cref="AnchorTextCharacters"/>), one per line of <see cref="Hrefs"/>.</summary>
    public ReadOnlySpan<int> HrefTextCharacters => _hrefTextCharacters.AsSpan(0, HrefCount);

    /// <summary>Lines in <see cref="Hrefs"/>.</summary>
    public int HrefCount { get; private set; }

    public int Length { get; private set; }

    public int HrefLength { get; private set; }

    /// <summary>Length of the text as given, before capping.</summary>
    public int OriginalLength { get; set; }

    public bool WasTruncated { get; set; }

    public int InvisibleCharacters { get; set; }

    public int Anchors { get; set; }

    public int AnchorTextCharacters { get; set; }

    public int FoldedLetters { get; set; }

    public int MixedScriptWords { get; set; }

    public int LatinLetters { get; set; }

    public int LookAlikeScriptLetters { get; set; }

    public void Reset()
    {
        Length = 0;
        HrefLength = 0;
        HrefCount = 0;
        _openHref = -1;
        OriginalLength = 0;
        WasTruncated = false;
        InvisibleCharacters = 0;
        Anchors = 0;
        AnchorTextCharacters = 0;
        FoldedLetters = 0;
        MixedScriptWords = 0;
        LatinLetters = 0;
        LookAlikeScriptLetters = 0;
    }

    public Span<char> Writable => _chars.AsSpan(0, Length);

    public void EnsureCapacity(int capacity)
    {
        if (_chars.Length < capacity)
        {
            Array.Resize(ref _chars, Math.Max(capacity, _chars.Length * 2));
        }
    }

    /// <summary>Appends one character. Called per character: inlined, the growth a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length++] = c;
    }

    private void Grow() => Array.Resize(ref _chars, _chars.Length * 2);

    /// <summary>Appends text that needs no normalization (caller guarantees capacity).</summary>
    public void AppendPlain(ReadOnlySpan<char> text)
    {
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public char LastOrDefault() => Length == 0 ? '\0' : _chars[Length - 1];

    /// <summary>An anchor opens (closing any still open): it is counted, and its target, when it has one, is kept as a line of <see cref="Hrefs"/>.</summary>
    public void OpenAnchor(ReadOnlySpan<char> href)
    {
        CloseAnchor();
        Anchors++;
        if (href.IsEmpty)
        {
            return;
        }

        int needed = HrefLength + href.Length + 1;
        if (needed > _hrefs.Length)
        {
            Array.Resize(ref _hrefs, Math.Max(needed, _hrefs.Length * 2));
        }

        href.CopyTo(_hrefs.AsSpan(HrefLength));
        HrefLength += href.Length;
        _hrefs[HrefLength++] = '\n';
        if (HrefCount == _hrefTextCharacters.Length)
        {
            Array.Resize(ref _hrefTextCharacters, _hrefTextCharacters.Length * 2);
        }

        _hrefTextCharacters[HrefCount] = 0;
        _openHref = HrefCount++;
        _openHrefTextStart = AnchorTextCharacters;
    }

    /// <summary>The open anchor ends (at its closing tag, or at the end of the text): its visible characters are recorded.</summary>
    public void CloseAnchor()
    {
        if (_openHref >= 0)
        {
            _hrefTextCharacters[_openHref] = AnchorTextCharacters - _openHrefTextStart;
            _openHref = -1;
        }
    }
}
