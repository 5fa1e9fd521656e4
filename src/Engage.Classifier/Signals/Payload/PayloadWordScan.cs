using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Payload;

/// <summary>
/// One pass over a comment's words for the phrases payloads are made of: pitches (money with earning words,
/// shopping words, "make money", a handle named after a pitch), contact baits ("dm me", "your e-mail", a
/// messenger app), self-promotion ("check out my channel", "subscribe", "like &amp; share", a promoted @handle, a creator's
/// claim: <see cref="CreatorClaims"/>).
/// </summary>
internal static class PayloadWordScan
{
    /// <summary>Pitch and shopping words needed for a pitch without money or a pitch phrase.</summary>
    private const int PitchWordsForPitch = 2;

    /// <summary>Money amounts that make a pitch on their own ("turned my $700 into $7,900").</summary>
    private const int AmountsForPitch = 2;

    /// <summary>Most words between "your" and "e-mail" in a request for the reader's address ("your contact e-mail").</summary>
    private const int YourEmailDistance = 3;

    /// <summary>What the scan found.</summary>
    internal readonly record struct Result(int PitchWords, int MoneyAmounts, int PitchPhrases, int ContactPhrases, int Messengers, int SelfPromotions, int Mentions)
    {
        public bool IsPitch => (MoneyAmounts > 0 && PitchWords > 0) || MoneyAmounts >= AmountsForPitch || PitchWords >= PitchWordsForPitch || PitchPhrases > 0;

        /// <summary>Mentions of other accounts that come with a pitch ("i made $5k with @x").</summary>
        public int PromotedMentions => Mentions > 0 && (PitchWords > 0 || MoneyAmounts > 0) ? Mentions : 0;
    }

    /// <param name="words">The word pass over <paramref name="text"/>.</param>
    /// <param name="text">The text the words were read from (positions of '$', '@' and '#' are looked up there).</param>
    public static Result Scan(WordPass words, ReadOnlySpan<char> text)
    {
        int pitch = 0, money = 0, pitchPhrases = 0, contacts = 0, messengers = 0, promotions = 0, mentions = 0, ownThings = 0;
        bool checkOut = false;
        var creatorClaims = new CreatorClaims();
        int lastYour = -YourEmailDistance - 1;

        // The two words before this one and the word before the last number, with what the lexicon knows of them (looked
        // up once per word); a number stands as NumberHash, which the lexicon does not know.
        ulong previous = 0, beforePrevious = 0;
        PayloadFacts previousFacts = default, beforePreviousFacts = default, beforeNumberFacts = default;
        ReadOnlySpan<ulong> hashes = words.Hashes;
        ReadOnlySpan<WordClass> classes = words.Classes;
        ReadOnlySpan<PayloadFacts> payload = words.Payload;
        ReadOnlySpan<int> starts = words.Starts;
        ReadOnlySpan<int> lengths = words.Lengths;
        var code = new CodeSpans(text);
        for (int index = 0; index < hashes.Length; index++)
        {
            int start = starts[index];
            ReadOnlySpan<char> word = text.Slice(start, lengths[index]);
            if (code.Contains(start))
            {
                // Words inside `code` or a ``` block are code ("ORDER BY total"), not a pitch or a contact bait.
                continue;
            }

            ulong hash = hashes[index];
            PayloadFacts facts = payload[index];
            bool number = char.IsAsciiDigit(word[0]);
            char before = start > 0 ? text[start - 1] : ' ';
            if (!facts.IsKnown && !number && before is not ('@' or '#') && !creatorClaims.Pending && !PayloadLexicon.IsComparedByHash(hash))
            {
                // Most words: one the lexicon does not know, outside a number, a handle and a pending claim, can only be a
                // shopping word; every test below would come out false for it.
                pitch += (classes[index] & WordClass.Commercial) != 0 ? 1 : 0;
                (beforePrevious, beforePreviousFacts) = (previous, previousFacts);
                (previous, previousFacts) = (hash, facts);
                continue;
            }

            char twoBefore = start > 1 ? text[start - 2] : ' ';
            bool afterCurrencySign = IsCurrencySign(before) || (before == ' ' && IsCurrencySign(twoBefore));
            bool unitAfterNumber = facts.Is(PayloadWord.Currency) && (previous == PayloadLexicon.NumberHash || beforePrevious == PayloadLexicon.NumberHash);
            bool percentOff = number && start + word.Length < text.Length && text[start + word.Length] == '%' && NextWordIsOff(words, text, index);
            money += (afterCurrencySign && number) || (number && HasMoneySuffix(word)) || unitAfterNumber || percentOff ? 1 : 0;

            if (before is '@' or '#' && word.Length >= 3)
            {
                // Another account mentioned after the opening reply, or any handle named after a pitch.
                mentions += index > 0 ? 1 : 0;
                pitchPhrases += PayloadLexicon.IsPitchHandle(text[start..]) ? 1 : 0;
            }

            if (number)
            {
                beforeNumberFacts = previousFacts;
            }

            bool counted = previous == PayloadLexicon.NumberHash || previousFacts.Has(PayloadRole.NumberWord);
            if (facts.Has(PayloadRole.CountNoun) && counted && !beforeNumberFacts.Has(PayloadRole.GoalVerb))
            {
                // "2 billion views", "14,000,000 subscribers": a count, not a pitch for likes nor a call to subscribe
                // (but "help me reach 100 subscribers" is one).
                (beforePrevious, beforePreviousFacts) = (previous, previousFacts);
                (previous, previousFacts) = (hash, facts);
                continue;
            }

            pitch += facts.Is(PayloadWord.Pitch) || (classes[index] & WordClass.Commercial) != 0 ? 1 : 0;
            messengers += facts.Is(PayloadWord.Messenger) ? 1 : 0;
            bool askedToContact = previousFacts.Has(PayloadRole.ContactVerb) || (beforePreviousFacts.Has(PayloadRole.ContactVerb) && previousFacts.Has(PayloadRole.Possessive));
            contacts += facts.Is(PayloadWord.ContactObject) && askedToContact ? 1 : 0;
            contacts += facts.Is(PayloadWord.ContactAlone) ? 1 : 0;
            if (hash == PayloadLexicon.YourHash)
            {
                lastYour = index;
            }
            else if (facts.Has(PayloadRole.EmailWord) && index - lastYour <= YourEmailDistance)
            {
                contacts++;
            }

            promotions += facts.Is(PayloadWord.OwnThing) && previousFacts.Has(PayloadRole.FirstPersonPossessive) ? 1 : 0;
            promotions += facts.Is(PayloadWord.Subscribe) ? 1 : 0;
            // "check my channel" promotes, "check my updated answer" points into the thread.
            promotions += PayloadLexicon.IsPromotionPhrase(beforePrevious, previous, hash, facts)
                && !(previousFacts.Has(PayloadRole.Check) && PayloadLexicon.PointsIntoThread(payload, index)) ? 1 : 0;
            if (facts.IsKnown || creatorClaims.Pending)
            {
                promotions += creatorClaims.Step(index, previous, hash, facts);
            }

            promotions += hash == PayloadLexicon.ShareHash && AsksToLikeAndShare(words, text, index, beforePrevious, previous) ? 1 : 0;
            pitchPhrases += PayloadLexicon.IsPitchPhrase(beforePrevious, previous, hash, facts) ? 1 : 0;

            checkOut |= PayloadLexicon.IsInvitationToLook(beforePrevious, previous, hash, beforePreviousFacts, previousFacts);
            ownThings += facts.Is(PayloadWord.OwnThing) ? 1 : 0;

            (beforePrevious, beforePreviousFacts) = (previous, previousFacts);
            (previous, previousFacts) = number ? (PayloadLexicon.NumberHash, default(PayloadFacts)) : (hash, facts);
        }

        // "check out" or "take a look" with something to look at anywhere in the comment ("check out the new remix on my channel").
        promotions += checkOut && ownThings > 0 ? 1 : 0;
        promotions += creatorClaims.Finish();
        return new Result(pitch, money, pitchPhrases, contacts, messengers, promotions, mentions);
    }

    /// <summary>
    /// "like &amp; share", "like and share": the call that asks readers to spread a page. "I'd like to share" and "looks
    /// like share prices fell" are not it: the two words must be joined by "and" or by '&amp;', '+' or '/'.
    /// </summary>
    /// <remarks>Asked only at the word "share".</remarks>
    private static bool AsksToLikeAndShare(WordPass words, ReadOnlySpan<char> text, int index, ulong beforePrevious, ulong previous)
    {
        if (previous == PayloadLexicon.AndHash)
        {
            return beforePrevious == PayloadLexicon.LikeHash;
        }

        if (previous != PayloadLexicon.LikeHash || index == 0)
        {
            return false;
        }

        int gapStart = words.Starts[index - 1] + words.Lengths[index - 1];
        return text[gapStart..words.Starts[index]].Trim(' ') is "&" or "+" or "/";
    }

    /// <summary>"60% off": a discount.</summary>
    private static bool NextWordIsOff(WordPass words, ReadOnlySpan<char> text, int index) =>
        index + 1 < words.Count && words.Word(text, index + 1).Equals("off", StringComparison.OrdinalIgnoreCase);

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '₹' or '₦';

    /// <summary>"50k", "4000dollars", "10usd": a number glued to a money unit.</summary>
    private static bool HasMoneySuffix(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] is ',' or '.'))
        {
            digits++;
        }

        ReadOnlySpan<char> unit = word[digits..];
        return unit.Length > 0 && (PayloadLexicon.Classify(WordHash.Of(unit)) & PayloadWord.Currency) != 0;
    }

    /// <summary>
    /// Tells, for positions asked in increasing order, whether each is inside a backtick span (inline `code` or a
    /// ``` block), reading the text once from left to right.
    /// </summary>
    private ref struct CodeSpans(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly bool _any = text.Contains('`');
        private int _read;
        private bool _fenced;
        private bool _inline;

        public bool Contains(int position)
        {
            if (!_any)
            {
                return false;
            }

            while (_read < position)
            {
                if (_text[_read] != '`')
                {
                    _read++;
                    continue;
                }

                bool fence = _read + 2 < _text.Length && _text[_read + 1] == '`' && _text[_read + 2] == '`';
                if (fence)
                {
                    _fenced = !_fenced;
                    _read += 3;
                }
                else
                {
                    _inline = !_fenced && !_inline;
                    _read++;
                }
            }

            return _fenced || _inline;
        }
    }
}
