using Engage.Classifier.Tests.Support;
using Engage.Classifier.Tools;

namespace Engage.Classifier.Tests;

public sealed class DefaultModelTests
{
    [Fact]
    public void LoadDefault_LoadsTheEmbeddedModel_Once()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();

        classifier.Should().BeSameAs(CommentClassifier.LoadDefault());
        classifier.CanDetectLowRelevance.Should().BeTrue();
        classifier.TrainingReport.Should().NotBeNull();
        classifier.SpamThreshold.Should().BeInRange(0, 1);
    }

    [Theory]
    [InlineData("cheap oakley sunglasses\ncoach outlet online\nray ban sunglasses\nreplica watches\nmichael kors outlet store", CommentLabel.Spam)]
    [InlineData("Get instant payday loans with no credit check, apply now at http://fast-cash-loans.example and get approved today!", CommentLabel.Spam)]
    [InlineData("This a\u0433ticle p\u0433esents \u0441lear idea designed for the new people of blogging, that actually how to do running a blog.", CommentLabel.Spam)]
    [InlineData("Thanks again for the blog post. Much thanks again. Want more.", CommentLabel.LowRelevance)]
    public void LoadDefault_ClassifiesTypicalComments(string text, CommentLabel expected)
    {
        CommentClassifier.LoadDefault().Classify(text).Label.Should().Be(expected);
    }

    [Fact]
    public void LoadDefault_GenuineReplyToThePost_IsGenuine()
    {
        var post = new Post("Why your bread is dense", "Dense crumb usually means under-proofing. Let the dough rise until it has grown by about half, and check it with the poke test before shaping.");
        var comment = new Comment("I always shaped too early! Tried the poke test yesterday and waited another 40 minutes, the crumb was so much more open. Does the same rule apply to rye?") { Post = post };

        CommentClassifier.LoadDefault().Classify(comment).Label.Should().Be(CommentLabel.Genuine);
    }

    [SkippableFact]
    public void TrainDefault_RebuiltWithTheDocumentedRecipe_GivesTheEmbeddedScores()
    {
        var corpora = Corpora.FromRepositoryRoot(RepositoryData.Root);
        string missing = SharedData.MissingMessage(Corpora.YouTube, Corpora.StackExchange);
        Skip.If(missing.Length > 0, missing);

        CommentClassifier rebuilt = DefaultModelRecipe.Train(corpora).Classifier;

        Comment[] sample = corpora.Blog().Where((_, i) => i % 7 == 0).Select(c => c.Comment).ToArray();
        CommentClassifier embedded = CommentClassifier.LoadDefault();
        rebuilt.SpamThreshold.Should().Be(embedded.SpamThreshold);
        rebuilt.ClassifyBatch(sample).Select(v => v.SpamProbability).Should().Equal(embedded.ClassifyBatch(sample).Select(v => v.SpamProbability));
    }
}
