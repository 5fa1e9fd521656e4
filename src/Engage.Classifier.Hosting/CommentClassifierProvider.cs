using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting;

/// <summary>
/// Holds the serving <see cref="CommentClassifier"/> behind one reference that is swapped atomically on reload.
/// </summary>
/// <remarks>
/// Readers take the reference with <c>Volatile.Read</c> and never lock: a classifier is immutable,
/// so a call that read the old reference finishes on the old model while new calls see the new one.
/// Reloads are serialized by a lock so that the watcher and <see cref="TryReload"/> never race each other.
/// </remarks>
internal sealed class CommentClassifierProvider : ICommentClassifierProvider, IDisposable
{
    private readonly ILogger _logger;
    private readonly double? _spamThreshold;
    private readonly Lock _reloadGate = new();
    private readonly ModelFileWatcher? _watcher;
    private CommentClassifier _current;
    private long _reloadCount;
    private long _failedReloadCount;
    private volatile bool _disposed;

    public CommentClassifierProvider(CommentClassifierOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _spamThreshold = options.SpamThreshold;
        if (options.ModelPath is null)
        {
            _current = WithThreshold(CommentClassifier.LoadDefault());
            Log.LoadedDefault(logger, _current.TrainedWithVersion, _current.SpamThreshold);
            return;
        }

        ModelPath = Path.GetFullPath(options.ModelPath);

        // Watch before the first load, so that a file replaced while it is being read is not missed.
        // Without its folder there is nothing to watch, and the load below says the file does not exist.
        if (options.WatchForChanges && Directory.Exists(Path.GetDirectoryName(ModelPath)))
        {
            _watcher = new ModelFileWatcher(ModelPath, options.ReloadDebounce, ReloadFromWatcher, logger);
        }

        try
        {
            // With no model yet, there is nothing to fall back to: a bad file fails startup.
            _current = WithThreshold(CommentClassifier.Load(ModelPath));
        }
        catch
        {
            _watcher?.Dispose();
            throw;
        }

        Log.LoadedFile(logger, ModelPath, _current.TrainedWithVersion, _current.SpamThreshold);
    }

    public CommentClassifier Current => Volatile.Read(ref _current);

    public string? ModelPath { get; }

    public long ReloadCount => Interlocked.Read(ref _reloadCount);

    public long FailedReloadCount => Interlocked.Read(ref _failedReloadCount);

    public event EventHandler<ClassifierReloadedEventArgs>? Reloaded;

    public event EventHandler<ClassifierReloadFailedEventArgs>? ReloadFailed;

    public Verdict Classify(Comment comment, bool includeReasons = true) => Current.Classify(comment, includeReasons);

    public Verdict Classify(string text) => Current.Classify(text);

    public bool TryReload()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ModelPath is null)
        {
            throw new InvalidOperationException("The comment classifier serves the default model, which cannot be reloaded. Set CommentClassifierOptions.ModelPath to serve a model file.");
        }

        return Reload("an explicit reload");
    }

    private void ReloadFromWatcher(string trigger)
    {
        if (!_disposed)
        {
            Reload(trigger);
        }
    }

    private bool Reload(string trigger)
    {
        string path = ModelPath!;
        lock (_reloadGate)
        {
            CommentClassifier loaded;
            try
            {
                loaded = WithThreshold(CommentClassifier.Load(path));
            }
            catch (Exception ex) when (ex is ClassifierDataException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Interlocked.Increment(ref _failedReloadCount);
                Log.ReloadRejected(_logger, ex, path, trigger);
                Raise(ReloadFailed, new ClassifierReloadFailedEventArgs(path, ex), nameof(ReloadFailed));
                return false;
            }

            Interlocked.Exchange(ref _current, loaded);
            long count = Interlocked.Increment(ref _reloadCount);
            Log.Reloaded(_logger, path, trigger, count);
            Raise(Reloaded, new ClassifierReloadedEventArgs(path, loaded), nameof(Reloaded));
            return true;
        }
    }

    private void Raise<T>(EventHandler<T>? handler, T args, string eventName)
    {
        try
        {
            handler?.Invoke(this, args);
        }
        catch (Exception ex)
        {
            // A subscriber's bug must not take down the timer thread or undo a swap that already happened.
            Log.HandlerFailed(_logger, ex, eventName);
        }
    }

    private CommentClassifier WithThreshold(CommentClassifier classifier) =>
        _spamThreshold is double threshold ? classifier.WithSpamThreshold(threshold) : classifier;

    public void Dispose()
    {
        _disposed = true;
        _watcher?.Dispose();
    }
}
