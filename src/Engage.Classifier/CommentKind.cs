namespace Engage.Classifier;

/// <summary>What kind of entry a <see cref="Comment"/> is, as the site's comment system records it (Akismet's <c>comment_type</c>).</summary>
/// <remarks>
/// The model never sees the kind: none of the corpora it is trained on records it, so it cannot be learned. The kind is
/// used only by <see cref="ModerationPolicy"/>, as a stated rule (see <see cref="ModerationOptions.HoldLinkbacks"/>).
/// </remarks>
public enum CommentKind
{
    /// <summary>A top-level comment a person wrote on the post.</summary>
    Comment = 0,

    /// <summary>A comment a person wrote in answer to another comment (see <see cref="Comment.ParentText"/>).</summary>
    Reply = 1,

    /// <summary>A pingback: another site's automatic notice (XML-RPC) that it links to the post; its text is an excerpt of that page.</summary>
    Pingback = 2,

    /// <summary>A trackback: another site's notice that it wrote about the post; its text is an excerpt the sender chose.</summary>
    Trackback = 3,

    /// <summary>A webmention (W3C Webmention): another page's notice that it mentions the post.</summary>
    Webmention = 4,
}
