using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Training;

/// <summary><see cref="LabeledComment.Weight"/>: a heavier comment pulls the model toward its label; a weight must be above 0.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ExampleWeightTests(TrainedModelFixture fixture)
{
    private static readonly TrainerOptions Quick = TrainedModelFixture.SmallOptions with { NumberOfTrees = 20 };

    [Fact]
    public void Train_HeavierRelabeledComments_MoveFurtherTowardTheirNewLabel()
    {
        // Six genuine comments "corrected" to spam: weighed 25, the model should call them spam more than at weight 1.
        LabeledComment[] corrected = fixture.Training.Where(c => c.Label == CommentLabel.Genuine).Take(6).ToArray();
        LabeledComment[] rest = fixture.Training.Except(corrected).ToArray();
        LabeledComment[] Relabeled(double weight) => [.. rest, .. corrected.Select(c => c with { Label = CommentLabel.Spam, Source = "correction", Weight = weight })];

        CommentClassifier light = new CommentClassifierTrainer(Quick).Train(Relabeled(1)).Classifier;
        CommentClassifier heavy = new CommentClassifierTrainer(Quick).Train(Relabeled(25)).Classifier;

        double lightSpam = corrected.Average(c => light.Classify(c.Comment, includeReasons: false).SpamProbability);
        double heavySpam = corrected.Average(c => heavy.Classify(c.Comment, includeReasons: false).SpamProbability);
        heavySpam.Should().BeGreaterThan(lightSpam);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Train_WeightNotAboveZero_Throws(double weight)
    {
        LabeledComment[] data = [.. fixture.Training.Skip(1), fixture.Training[0] with { Weight = weight }];

        Action act = () => new CommentClassifierTrainer(Quick).Train(data);

        act.Should().Throw<ArgumentException>().WithMessage("*weights must be positive and finite*");
    }

    [Fact]
    public void NewLabeledComment_HasWeightOneAndNoSource()
    {
        var labeled = new LabeledComment(new Comment("text"), CommentLabel.Genuine);

        labeled.Weight.Should().Be(1);
        labeled.Source.Should().BeNull();
    }
}
