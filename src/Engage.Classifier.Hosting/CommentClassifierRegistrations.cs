namespace Engage.Classifier.Hosting;

/// <summary>
/// The classifiers registered in one service collection, by options name (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/>
/// for <c>AddCommentClassifier</c>, the service key for <c>AddKeyedCommentClassifier</c>), so that
/// <see cref="CommentClassifierStartup"/> loads every one of them when the host starts.
/// </summary>
internal sealed class CommentClassifierRegistrations
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public bool Add(string name)
    {
        if (_names.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        _names.Add(name);
        return true;
    }
}
