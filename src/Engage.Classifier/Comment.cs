namespace Engage.Classifier;

/// <summary>
/// A comment to classify: its text and, when the caller has them, its author fields, the post it was left on, and the
/// context the site already has (kind, parent comment, the author's history on the site, dates).
/// </summary>
/// <remarks>
/// Every field but <see cref="Text"/> is optional, and a missing field never moves the score. The context fields
/// (<see cref="Kind"/>, <see cref="ParentText"/>, <see cref="AuthorApprovedCount"/>, <see cref="AuthorSpamCount"/>,
/// <see cref="AuthorIsRegistered"/>, <see cref="CreatedAt"/>, <see cref="PostPublishedAt"/>) are never given to the
/// model, since no corpus it is trained on has them; <see cref="ModerationPolicy"/> reads some of them as stated rules,
/// and each one's documentation says what it does and what it does not do.
/// </remarks>
/// <example>
/// <code>
/// var post = new Post("Sourdough starter in 7 days", postBody);
/// var comment = new Comment("Mine smelled like nail polish on day 3, is that normal?") { Post = post };
/// </code>
/// </example>
public sealed record Comment
{
    /// <summary>Creates a comment from its text.</summary>
    /// <param name="text">The comment body, plain text or HTML. Must not be null; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Comment(string text)
    {
        Guard.NotNull(text);
        Text = text;
    }

    /// <summary>The comment body, plain text or HTML.</summary>
    public string Text { get; private init; }

    /// <summary>The name the commenter gave, or <see langword="null"/> when unknown.</summary>
    public string? AuthorName { get; init; }

    /// <summary>The website the commenter gave, or <see langword="null"/>.</summary>
    public string? AuthorUrl { get; init; }

    /// <summary>The e-mail address the commenter gave, or <see langword="null"/>.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>The caller's identifier of the comment, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Does: names this comment in the reasons of a later comment of its thread that copies or answers it
    /// (<see cref="CommentClassifier.ClassifyThread"/>); without it, the comment is named by its position ("#3"). Does not:
    /// change this comment's own verdict.
    /// </remarks>
    public string? Id { get; init; }

    /// <summary>The thread (post, video, topic) identifier, or <see langword="null"/>. Used to split data by thread when training.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The post the comment was left on, or <see langword="null"/> when unknown. A comment that ignores its post is suspect.</summary>
    public Post? Post { get; init; }

    /// <summary>
    /// The post relevance is measured against: <see cref="Post"/> when it has a title or a text, else <see langword="null"/>,
    /// so a post known only by its address (<see cref="Post.Url"/>) reads as no post for relevance and its verdict's
    /// <see cref="Verdict.Relevance"/> is <see langword="null"/>. The one rule the featurizer, the verdict and training's context copies share.
    /// </summary>
    internal Post? TopicPost => Post is { HasWords: true } post ? post : null;

    /// <summary>The same comment, every other field kept, with <paramref name="text"/> as its text (training's copies).</summary>
    internal Comment WithText(string text) => this with { Text = text };

    /// <summary>What kind of entry this is (comment, reply, pingback, trackback, webmention), or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Does: a <see cref="CommentKind.Pingback"/>, <see cref="CommentKind.Trackback"/> or <see cref="CommentKind.Webmention"/> is held
    /// instead of approved when <see cref="ModerationOptions.HoldLinkbacks"/> is on (the default). Does not: change the verdict,
    /// or check whether the linking page links back (that needs the page, which the caller has and we do not).
    /// </remarks>
    public CommentKind? Kind { get; init; }

    /// <summary>The text of the comment this one replies to, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Carried for callers and for models trained on data that has it. Does not: change the verdict or the action. A reply
    /// without it, or a parent text on an entry that is not a <see cref="CommentKind.Reply"/>, is accepted as given.
    /// </remarks>
    public string? ParentText { get; init; }

    /// <summary>How many of this author's earlier comments the site approved, or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>; otherwise 0 or more.</value>
    /// <remarks>
    /// Does: an author with at least <see cref="ModerationOptions.KnownAuthorApprovedCount"/> approved comments is never rejected
    /// automatically (held instead), and, unless more of the author's comments were marked spam than approved, their
    /// low-relevance comments are approved even where the site holds low relevance. Does not: change the verdict, or
    /// approve a comment the model calls spam.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? AuthorApprovedCount
    {
        get;
        init => field = value is int count ? Guard.AtLeast(count, 0, nameof(AuthorApprovedCount)) : null;
    }

    /// <summary>How many of this author's earlier comments the site marked as spam, or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>; otherwise 0 or more.</value>
    /// <remarks>
    /// Does: when more of the author's comments were marked spam than approved, a comment that would be approved is held
    /// instead. Does not: change the verdict, or reject anything.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? AuthorSpamCount
    {
        get;
        init => field = value is int count ? Guard.AtLeast(count, 0, nameof(AuthorSpamCount)) : null;
    }

    /// <summary>Whether the author is signed in as a registered user of the site, or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Does: a registered user's comment is never rejected automatically (held instead, for a moderator who can also act on the
    /// account). Does not: change the verdict, or approve anything: spammers register accounts too.
    /// </remarks>
    public bool? AuthorIsRegistered { get; init; }

    /// <summary>When the comment was written, or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>
    /// Carried for callers and for models trained on data that has it. Does not: change the verdict or the action (no corpus
    /// here has dates to learn from, and no date rule could be stated honestly). A date before <see cref="PostPublishedAt"/>
    /// is accepted as given (imports and clocks differ).
    /// </remarks>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the post the comment was left on was published, or <see langword="null"/> when unknown.</summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <remarks>Carried like <see cref="CreatedAt"/>; does not change the verdict or the action.</remarks>
    public DateTimeOffset? PostPublishedAt { get; init; }
}
