using Engage.Classifier.Tests.Support;
using Engage.Classifier.Tools;

namespace Engage.Classifier.Tests.Moderation;

/// <summary>
/// The target of the default policy with the default model, on every corpus of the regression set (data/ and the public
/// corpora): no genuine comment is rejected. Fails after a retraining that moves genuine comments above the reject threshold.
/// </summary>
public sealed class DefaultPolicyOnCorporaTests
{
    [SkippableFact]
    public void DefaultPolicy_DefaultModel_RejectsNoGenuineCommentOfAnyCorpus()
    {
        RegressionSet set = RegressionSet.Load(Corpora.FromRepositoryRoot(RepositoryData.Root));
        Skip.If(set.Corpora.Count == 1, string.Join(" ", set.Missing));
        CommentClassifier classifier = CommentClassifier.LoadDefault();

        foreach (var (name, comments) in set.Corpora)
        {
            LabeledComment[] genuine = comments.Where(c => c.Label == CommentLabel.Genuine).ToArray();
            Verdict[] verdicts = classifier.ClassifyBatch(genuine.Select(c => c.Comment).ToArray());
            int rejected = genuine.Where((c, i) => ModerationPolicy.Default.Moderate(verdicts[i], c.Comment).Action == ModerationAction.Reject).Count();

            rejected.Should().Be(0, $"no genuine comment of {name} may be rejected ({genuine.Length} genuine)");
        }
    }
}
