using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>Which comments repeat a text that also sits in another fold, where the held-out numbers score them after training on the copy.</summary>
public sealed class RepeatedTextsTests
{
    [Fact]
    public void AcrossFolds_SameSpamInThreadsOfTwoFolds_CountsEveryCopy()
    {
        LabeledComment[] comments =
        [
            Labeled("Win a free cruise today, claim it at https://cruise-prize.example", CommentLabel.Spam),
            Labeled("The second soldering step burnt my pads, is 350 degrees too hot?", CommentLabel.Genuine),
            Labeled("win a FREE cruise today,   claim it at https://cruise-prize.example ", CommentLabel.Spam),
            Labeled("Flux first, then the iron: that fixed the cold joints on my board.", CommentLabel.Genuine),
        ];

        IReadOnlyDictionary<CommentLabel, int> repeated = RepeatedTexts.AcrossFolds(comments, [0, 0, 1, 1]);

        repeated.Should().Equal(new Dictionary<CommentLabel, int> { [CommentLabel.Spam] = 2 });
    }

    [Fact]
    public void AcrossFolds_CopiesWithinOneFold_AreNotCounted()
    {
        LabeledComment[] comments =
        [
            Labeled("Thanks for this!", CommentLabel.Genuine),
            Labeled("Thanks for this!", CommentLabel.Genuine),
            Labeled("Which firmware did you flash before the test?", CommentLabel.Genuine),
        ];

        RepeatedTexts.AcrossFolds(comments, [2, 2, 0]).Should().BeEmpty("both copies are held out together and trained on together");
    }

    [Fact]
    public void AcrossFolds_DifferentWording_IsNotARepeat()
    {
        LabeledComment[] comments =
        [
            Labeled("Great write-up on torque settings.", CommentLabel.Genuine),
            Labeled("Great write-up on torque specs.", CommentLabel.Genuine),
        ];

        RepeatedTexts.AcrossFolds(comments, [0, 1]).Should().BeEmpty();
    }

    [Fact]
    public void WithSeveralLabels_SameWordsLabeledTwoWays_AreFoundOnceWithBothLabels()
    {
        LabeledComment[] comments =
        [
            Labeled("Thanks, that fixed my build!", CommentLabel.Genuine),
            Labeled("Which SDK version did you pin?", CommentLabel.Genuine),
            Labeled("thanks,  that fixed my BUILD!", CommentLabel.LowRelevance),
            Labeled("Thanks, that fixed my build!", CommentLabel.Genuine),
        ];

        var several = RepeatedTexts.WithSeveralLabels(comments);

        several.Should().ContainSingle().Which.Text.Should().Be("Thanks, that fixed my build!");
        several[0].Labels.Should().Equal(CommentLabel.Genuine, CommentLabel.LowRelevance);
    }

    [Fact]
    public void WithSeveralLabels_CopiesWithOneLabel_AreNone()
    {
        LabeledComment[] comments =
        [
            Labeled("Free gift cards at https://gift-claim.example", CommentLabel.Spam),
            Labeled("Free gift cards at https://gift-claim.example", CommentLabel.Spam),
        ];

        RepeatedTexts.WithSeveralLabels(comments).Should().BeEmpty();
    }

    private static LabeledComment Labeled(string text, CommentLabel label) => new(new Comment(text), label);
}
