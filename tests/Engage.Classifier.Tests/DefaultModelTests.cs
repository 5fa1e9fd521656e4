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
        classifier.SpamThreshold.Should().Be(classifier.TrainingReport!.SpamThreshold, "the stored threshold is the one training chose");
        classifier.TrainingReport.HeldOut.GenuineFalsePositiveRate.Should().BeLessOrEqualTo(classifier.TrainingReport.TargetFalsePositiveRate);
    }

    [Theory]
    [InlineData("wholesale designer handbags\nreplica swiss watches uk\ncheap nfl jerseys free shipping\ndiscount ugg boots sale", CommentLabel.Spam)]
    [InlineData("Need cash fast? Guaranteed approval payday loans, no credit check, apply today at http://quick-cash-lender.example/apply", CommentLabel.Spam)]
    [InlineData("Gr\u0435\u0430t \u0440ost, r\u0435\u0430lly h\u0435lpful, visit my sit\u0435 for ch\u0435\u0430p r\u0435plic\u0430 w\u0430tch\u0435s", CommentLabel.Spam)]
    [InlineData("Nice one, thank you for sharing this with us. Keep it up!", CommentLabel.LowRelevance)]
    public void LoadDefault_ClassifiesUnseenTypicalComments(string text, CommentLabel expected)
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
        rebuilt.ClassifyBatch(sample, includeReasons: false).Select(v => v.SpamProbability).Should().Equal(embedded.ClassifyBatch(sample, includeReasons: false).Select(v => v.SpamProbability));
    }
}
