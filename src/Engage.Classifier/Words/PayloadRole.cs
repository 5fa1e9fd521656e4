namespace Engage.Classifier.Words;

/// <summary>
/// What a word does in the phrases <see cref="PayloadLexicon"/> knows, beside its <see cref="PayloadWord"/> kind; a word
/// can have several roles. Looked up once per word with its kind (<see cref="PayloadLexicon.Facts"/>).
/// </summary>
[Flags]
internal enum PayloadRole : uint
{
    None = 0,

    /// <summary>A verb that asks to be contacted ("dm", "message", "text").</summary>
    ContactVerb = 1,

    /// <summary>"check", "checked": with "out", an invitation to look.</summary>
    Check = 2,

    /// <summary>"email", "gmail".</summary>
    EmailWord = 4,

    /// <summary>"my", "our", "your".</summary>
    Possessive = 8,

    /// <summary>"my", "our", "mi", "mis".</summary>
    FirstPersonPossessive = 16,

    /// <summary>What a number counts ("views", "subscribers").</summary>
    CountNoun = 32,

    /// <summary>A verb of a goal before a count ("reach", "get").</summary>
    GoalVerb = 64,

    /// <summary>A number written as a word ("million").</summary>
    NumberWord = 128,

    /// <summary>A greeting, thanks or sign-off word.</summary>
    SignOff = 256,

    /// <summary>A command-line or error-report word.</summary>
    Technical = 512,

    /// <summary>A service or shopping word of keyword anchors ("course", "treatment").</summary>
    Service = 1024,

    /// <summary>The last word of a promotion or pitch phrase: only then are the phrase tables consulted.</summary>
    PhraseEnd = 2048,

    /// <summary>"I'm", "im": "I am" in one word.</summary>
    FirstPersonBe = 4096,

    /// <summary>"I", "we", "I've": a first-person subject.</summary>
    FirstPersonSubject = 8192,

    /// <summary>A verb of making or starting ("made", "started", "did").</summary>
    CreationVerb = 16384,

    /// <summary>"a", "an", "some".</summary>
    Article = 32768,

    /// <summary>"am": with "I" before it, "I am" (<see cref="FirstPersonBe"/> in two words).</summary>
    Am = 65536,

    /// <summary>
    /// A part of the conversation a reader can point to ("answer", "edit", "question", "comment"): "see my edit", "check
    /// my updated answer" point into the thread, not to something of the writer's to visit.
    /// </summary>
    ThreadPart = 131072,
}
