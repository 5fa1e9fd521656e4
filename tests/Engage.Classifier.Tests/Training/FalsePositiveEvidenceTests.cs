using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// How many genuine comments a target false-positive rate needs: one allowed false positive to measure it at all, ten
/// to measure it reliably; a target of 0 is measured by any number.
/// </summary>
public sealed class FalsePositiveEvidenceTests
{
    [Theory]
    [InlineData(0.01, 100, 1000)]
    [InlineData(0.02, 50, 500)]
    [InlineData(0.05, 20, 200)]
    [InlineData(0.03, 34, 334)]
    [InlineData(1.0, 1, 10)]
    public void GenuineToMeasure_IsOneFalsePositiveAtAllAndTenReliably(double target, long atAll, long reliably)
    {
        FalsePositiveEvidence.GenuineToMeasureAtAll(target).Should().Be(atAll);
        FalsePositiveEvidence.GenuineToMeasureReliably(target).Should().Be(reliably);
    }

    [Theory]
    [InlineData(70, 0.01, true, true)]
    [InlineData(100, 0.01, false, true)]
    [InlineData(999, 0.01, false, true)]
    [InlineData(1000, 0.01, false, false)]
    [InlineData(600, 0.02, false, false)]
    [InlineData(12, 0.0, false, false)]
    public void CannotMeasureAndTooFewToMeasureReliably_CountGenuineCommentsAgainstTheTarget(int genuine, double target, bool cannot, bool tooFew)
    {
        FalsePositiveEvidence.CannotMeasure(genuine, target).Should().Be(cannot);
        FalsePositiveEvidence.TooFewToMeasureReliably(genuine, target).Should().Be(tooFew);
    }
}
