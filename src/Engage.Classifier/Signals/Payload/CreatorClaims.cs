using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>
/// Self-promotion without a link or a "my channel": the writer says they are a creator with an audience to grow ("I'm a
/// rapper", "I'm just a new youtuber", "I rap") or that they made something to be followed ("I made a gaming channel",
/// "we did some covers"). Either tells readers there is something of the writer's to go and find, which is what
/// promotion is. The words must come in that order and close together, and the last must not be part of a longer name:
/// "I'm not a rapper", "I'm a huge rapper fan", "I did a cover letter", "I made a Slack channel", "I rap along",
/// "I started watching this channel" and "you're a great rapper" are no claim.
/// </summary>
/// <remarks>
/// Fed the words in order by <see cref="PayloadWordScan"/>, then <see cref="Finish"/>; a claim is counted at the word
/// after it (or at the end), once that word shows it was not the start of a longer name. Holds only word positions, so
/// it allocates nothing.
/// </remarks>
internal struct CreatorClaims
{
    /// <summary>Most words from the article to what is claimed ("a new gaming channel": two after "a").</summary>
    private const int MaxWordsAfterArticle = 2;

    private const int Never = -100;

    private static readonly ulong RapHash = WordHash.Of("rap");

    /// <summary>Words after the claimed one that make it part of another name: "rapper fan", "cover letter", "channel art", "rap along".</summary>
    private static readonly ulong[] LongerNames = Hashes("fan fans letter letters photo photos page pages art image story along to this it the that these those every all");

    /// <summary>Where a channel is a chat room, not something to follow: "a Slack channel", "our Discord channel".</summary>
    private static readonly ulong[] ChatPlatforms = Hashes("slack discord irc teams mattermost zulip gitter matrix telegram whatsapp");

    private int _iAm = Never;
    private int _introduction = Never;
    private int _subject = Never;
    private int _creation = Never;
    private int _made = Never;
    private bool _pending;

    public CreatorClaims()
    {
    }

    /// <summary>Whether the last word read ended a claim that waits for the next word (<see cref="Step"/> must read it).</summary>
    public readonly bool Pending => _pending;

    /// <summary>
    /// Reads word <paramref name="index"/>; returns 1 if the word before ended a claim that this word confirms, else 0. Words
    /// the lexicon does not know (<see cref="PayloadFacts.IsKnown"/>) change nothing unless a claim is <see cref="Pending"/>,
    /// so the caller may skip them.
    /// </summary>
    /// <param name="index">The word's position among the comment's words.</param>
    /// <param name="previous">The word before (hash).</param>
    /// <param name="hash">The word (hash).</param>
    /// <param name="facts">What <see cref="PayloadLexicon"/> knows of the word.</param>
    public int Step(int index, ulong previous, ulong hash, PayloadFacts facts)
    {
        int confirmed = _pending && !LongerNames.AsSpan().Contains(hash) ? 1 : 0;
        if (facts.Has(PayloadRole.FirstPersonBe) || (facts.Has(PayloadRole.Am) && previous == PayloadLexicon.IHash))
        {
            _iAm = index;
        }

        if (facts.Has(PayloadRole.FirstPersonSubject))
        {
            _subject = index;
        }

        if (facts.Has(PayloadRole.CreationVerb) && (index - _subject == 1 || (index - _subject == 2 && previous == PayloadLexicon.JustHash)))
        {
            // "I made", "I just started".
            _creation = index;
        }

        if (facts.Has(PayloadRole.Article))
        {
            // "I'm a", "I'm just a"; "I made a", "we did some".
            bool introduces = index - _iAm == 1 || (index - _iAm == 2 && previous == PayloadLexicon.JustHash);
            _introduction = introduces ? index : _introduction;
            _made = index - _creation == 1 ? index : _made;
        }

        _pending = (facts.Is(PayloadWord.Creator) && index - _introduction <= MaxWordsAfterArticle)
            || (hash == RapHash && previous == PayloadLexicon.IHash)
            || (facts.Is(PayloadWord.ChannelThing) && index - _made <= MaxWordsAfterArticle && !ChatPlatforms.AsSpan().Contains(previous));
        return confirmed;
    }

    /// <summary>After the last word: 1 if the comment ended on a claim, else 0.</summary>
    public readonly int Finish() => _pending ? 1 : 0;

    private static ulong[] Hashes(string words) => [.. words.Split(' ').Select(w => WordHash.Of(w))];
}
