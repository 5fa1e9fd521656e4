using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Tests.Semantics;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>The relevance-by-meaning family as the featurizer computes it.</summary>
public sealed class SemanticSignalsTests
{
    private static readonly Post Kayaks = new(
        "Choosing a sea kayak for your first season",
        "Length gives speed and tracking, width gives stability. Rent two or three boats before you buy, and take a rescue course.");

    private static float Feature(Comment comment, SemanticSignals.Feature feature)
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(comment, workspace);
        return workspace.Signals[FeatureLayout.IndexOf(feature)];
    }

    [Fact]
    public void PostMeaning_OnTopicCommentWithoutSharedWords_IsAboveTheOffTopicOne_InElevenOfTwelvePosts()
    {
        int ahead = RelevanceTestSet.Cases.Count(c =>
        {
            var post = new Post(c.Title, c.Text);
            return Feature(new Comment(c.OnTopic) { Post = post }, SemanticSignals.Feature.PostMeaning)
                > Feature(new Comment(c.OffTopic) { Post = post }, SemanticSignals.Feature.PostMeaning);
        });

        ahead.Should().BeGreaterOrEqualTo(11);
    }

    [Fact]
    public void Features_WithoutAPost_AreUnread()
    {
        var comment = new Comment("The skeg jammed with sand on my second trip; is that normal for a rental boat?");

        Feature(comment, SemanticSignals.Feature.PostMeaning).Should().Be(SemanticSignals.Unread);
        Feature(comment, SemanticSignals.Feature.TitleMeaning).Should().Be(SemanticSignals.Unread);
        Feature(comment, SemanticSignals.Feature.PostSentenceMeaning).Should().Be(SemanticSignals.Unread);
    }

    [Theory]
    [InlineData("Спасибо, очень полезная статья про лодки, купил себе такую же весной.")]
    [InlineData("このカヤックの選び方はとても参考になりました。ありがとうございます。")]
    [InlineData("شكرا جزيلا على هذا الشرح الواضح عن القوارب")]
    [InlineData("Thanks!! 🙏🙏")]
    [InlineData("👍👍👍")]
    public void PostMeaning_TextTheEnglishTableCannotRead_IsUnreadNotOffTopic(string text)
    {
        Feature(new Comment(text) { Post = Kayaks }, SemanticSignals.Feature.PostMeaning).Should().Be(SemanticSignals.Unread);
    }

    [Fact]
    public void PostMeaning_EnglishComment_IsACosine()
    {
        float meaning = Feature(new Comment("The skeg jammed with sand on my second trip; is that normal for a rental boat?") { Post = Kayaks }, SemanticSignals.Feature.PostMeaning);

        meaning.Should().BeInRange(-1, 1);
    }

    [Fact]
    public void PostSentenceMeaning_CommentRestatingASentenceOfThePost_IsNearOne()
    {
        float restated = Feature(new Comment("Rent two or three boats before you buy, and take a rescue course!") { Post = Kayaks }, SemanticSignals.Feature.PostSentenceMeaning);

        restated.Should().BeGreaterOrEqualTo(SemanticSignals.Restated);
    }

    [Fact]
    public void PostSentenceMeaning_CommentInItsOwnWords_IsBelowARestatement()
    {
        float own = Feature(new Comment("The skeg jammed with sand on my second trip; is that normal for a rental boat?") { Post = Kayaks }, SemanticSignals.Feature.PostSentenceMeaning);

        own.Should().BeLessThan(SemanticSignals.Restated);
    }
}
