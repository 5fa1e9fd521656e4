using Engage.Classifier.Signals;
using Engage.Classifier.Tests.Support;
using Engage.Classifier.TextModel;
using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// The seam between training and serving: the tree input training computes for a comment (its signals and the
/// out-of-fold text scores) is bit for bit the one the classifier computes when it serves the same comment.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TextScoreParityTests(TrainedModelFixture fixture)
{
    private static readonly Post Post = new("Repotting a root-bound fig", "Loosen the root ball with your fingers, trim circling roots and move up one pot size only. Water once, then wait until the top inch is dry.");

    public static TheoryData<string> UnseenTexts() => new()
    {
        "Mine sulked for three weeks after repotting, dropped four leaves, then pushed out new growth at the top.",
        "Is terracotta better than plastic here? My flat gets hot in the afternoon and the soil dries in two days.",
        "FREE followers 4 your page!!! dm me on insta, 100% real, fast delivery",
        "<p>Lovely <b>post</b> &amp; photos</p><a href=\"http://plant-shop.example/sale\">cheap planters</a>",
        "Th\u0456s is a \u0441ool \u0430rticle, call +44 20 7946 0958 for a quote",
        "ok",
        "\u200B",
    };

    [Theory]
    [MemberData(nameof(UnseenTexts))]
    public void TreeInput_OfUnseenText_IsTheSameInTrainingAndServing(string text)
    {
        var comment = new Comment(text) { Post = Post, AuthorName = "Ines, plant nerd", AuthorUrl = "https://ines-grows.example" };

        float[] training = TrainingTimeTreeInput(comment);
        float[] serving = fixture.Classifier.TreeInputOf(comment, new FeatureWorkspace()).ToArray();

        training.Should().Equal(serving);
    }

    [Fact]
    public void TextScores_OfHeldOutThreads_AreTheSameInTrainingAndServing()
    {
        int spamScore = FeatureLayout.IndexOf(TextScores.Feature.SpamTextScore);
        LinearTextModel text = fixture.Classifier.Scoring.Text;
        var serving = new FeatureWorkspace();

        foreach (LabeledComment example in fixture.HeldOut.Take(300))
        {
            float[] training = TrainingTimeTreeInput(example.Comment);

            training.Should().Equal(fixture.Classifier.TreeInputOf(example.Comment, serving).ToArray());
            if (serving.Words.Count > 0)
            {
                // A comment that is only a link has no words once its link is blanked out; it scores the bias (plus its
                // domain's weight, 0 for a domain the text model never saw).
                training[spamScore].Should().NotBe(text.SpamBias, "a comment with words scores more than the bias");
            }
        }
    }

    private float[] TrainingTimeTreeInput(Comment comment)
    {
        FeaturizedComment row = FeaturizedComment.Create(new LabeledComment(comment, CommentLabel.Genuine), new FeatureWorkspace());
        return OutOfFoldScores.TreeInputOf(row, fixture.Classifier.Scoring.Text);
    }
}
