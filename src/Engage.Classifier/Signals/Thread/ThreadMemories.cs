namespace Engage.Classifier.Signals.Thread;

/// <summary>
/// The <see cref="ThreadMemory"/> of every thread in one <see cref="CommentClassifier.ClassifyThread"/> call, keyed by
/// <see cref="Comment.ThreadId"/> (comments without one share a thread). At most <see cref="MaxComments"/> comments are
/// remembered in all: past it, the thread used least recently is forgotten, so a file of many threads is scored in
/// bounded memory (about 1.5 KB a comment). Not thread-safe.
/// </summary>
internal sealed class ThreadMemories
{
    /// <summary>Comments remembered across all threads.</summary>
    public const int MaxComments = 10_000;

    private readonly Dictionary<string, ThreadMemory> _threads = new(StringComparer.Ordinal);
    private long _uses;
    private int _remembered;

    /// <summary>The memory of <paramref name="threadId"/>'s thread, made room for the comment the caller adds to it next.</summary>
    public ThreadMemory For(string? threadId)
    {
        string key = threadId ?? string.Empty;
        if (!_threads.TryGetValue(key, out ThreadMemory? memory))
        {
            memory = new ThreadMemory();
            _threads[key] = memory;
        }

        memory.LastUse = ++_uses;
        if (memory.Count < ThreadMemory.Capacity)
        {
            _remembered++;
        }

        while (_remembered > MaxComments && _threads.Count > 1)
        {
            // The thread just used has the latest use, so it is never the one forgotten.
            var (oldest, forgotten) = _threads.MinBy(t => t.Value.LastUse);
            _remembered -= forgotten.Count;
            _threads.Remove(oldest);
        }

        return memory;
    }
}
